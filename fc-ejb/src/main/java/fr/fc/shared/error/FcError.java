package fr.fc.shared.error;

import java.util.EnumSet;
import java.util.Set;

/**
 * Every error fc reports, with the contract's code (section 1.11): "Y", two digits for the module,
 * four for the error. Codes the contract does not fix are fc's own, in the same module ranges.
 */
public enum FcError {
  // Authorization request, before the redirect URI is trusted, or not worth trusting it: error page.
  // Its arguments: the parameter, then what is wrong with it ("nonce", "is required").
  AUTHORIZE_PARAMETER_INVALID(
      "Y030007", "invalid_request", 400, Channel.PAGE, "invalid authorization request: %s %s"),
  CLIENT_UNKNOWN("Y04EA6EF", "invalid_client", 400, Channel.PAGE, "unknown or deactivated client"),
  // The v1 API signs the ID token with the SP's secret: only an SP registered with HS256 has it kept.
  CLIENT_NOT_ON_V1(
      "Y04EA6F0", "unauthorized_client", 400, Channel.PAGE,
      "this client is not registered for the v1 API (its ID tokens must be HS256, keyed with its secret)"),
  INTERACTION_UNKNOWN("Y190001", "invalid_request", 401, Channel.PAGE, "session expired or unknown"),
  REDIRECT_URI_UNREGISTERED(
      "Y04C013C", "invalid_redirect_uri", 400, Channel.PAGE, "redirect_uri is not registered for this client"),

  // Authorization request once client and redirect URI are trusted: redirect to the SP.
  RESPONSE_TYPE_MISSING(
      "Y030101", "invalid_request", 400, Channel.REDIRECT, "missing required parameter 'response_type'"),
  RESPONSE_TYPE_UNSUPPORTED(
      "Y030102", "unsupported_response_type", 400, Channel.REDIRECT, "unsupported response_type requested"),
  OPENID_SCOPE_MISSING(
      "Y030103",
      "invalid_request",
      400,
      Channel.REDIRECT,
      "openid scope must be requested when using the acr_values parameter"),
  SCOPE_NOT_ALLOWED("Y030104", "invalid_scope", 400, Channel.REDIRECT, "requested scope is not allowed"),
  STATE_MISSING("Y030105", "invalid_request", 400, Channel.REDIRECT, "missing required parameter 'state'"),
  PKCE_INVALID(
      "Y030106", "invalid_request", 400, Channel.REDIRECT, "code_challenge must be a S256 challenge"),
  ACR_NOT_SUPPORTED(
      "Y100002",
      "invalid_acr",
      400,
      Channel.REDIRECT,
      "acr_value is not valid, should be equal one of these values, expected %s, got %s"),
  AMR_NOT_ALLOWED("Y100009", "invalid_request", 400, Channel.REDIRECT, "amr claim is not allowed for this client"),
  // The citizen's login at the identity provider (fc as a client): error page.
  IDP_UNKNOWN("Y020001", "invalid_request", 400, Channel.PAGE, "unknown identity provider"),
  IDP_STATE_MISSING("Y020021", "invalid_request", 400, Channel.PAGE, "state is missing on the IdP callback"),
  IDP_STATE_INVALID("Y020022", "invalid_request", 400, Channel.PAGE, "state does not match on the IdP callback"),
  IDP_ISSUER_INVALID(
      "Y020023", "invalid_request", 400, Channel.PAGE, "iss is missing or does not name the IdP on its callback (RFC 9207)"),
  IDP_CALLBACK_PARAMETER_DUPLICATED(
      "Y020024", "invalid_request", 400, Channel.PAGE, "parameter '%s' %s on the IdP callback"),
  IDP_CODE_MISSING("Y020025", "invalid_request", 400, Channel.PAGE, "the IdP sent no authorization code"),
  IDP_TOKEN_FAILED("Y020026", "server_error", 502, Channel.PAGE, "the IdP token call failed"),
  IDP_USERINFO_FAILED("Y020027", "server_error", 502, Channel.PAGE, "the IdP userinfo call failed"),
  IDP_ACR_TOO_LOW("Y100001", "access_denied", 403, Channel.PAGE, "the IdP's acr is lower than the SP asked for"),
  IDP_ACR_NOT_ALLOWED("Y100018", "access_denied", 403, Channel.PAGE, "the IdP answered an acr it may not"),
  IDP_BLOCKED_BY_CITIZEN(
      "Y100011", "access_denied", 403, Channel.PAGE, "the citizen blocked this IdP in their preferences"),
  IDP_SUB_MISSING("Y020029", "invalid_request", 502, Channel.PAGE, "the IdP identity has no sub"),
  IDP_IDENTITY_INVALID("Y600006", "invalid_request", 502, Channel.PAGE, "the IdP identity is invalid"),

  CSRF_TOKEN_INVALID("Y470001", "invalid_request", 403, Channel.PAGE, "the form's CSRF token is invalid"),
  CSRF_TOKEN_MISSING("Y470002", "invalid_request", 403, Channel.PAGE, "the form's CSRF token is missing"),
  // A field of a citizen's form, or a parameter of a page's address, given twice: never cut to its first value.
  FORM_PARAMETER_DUPLICATED("Y470004", "invalid_request", 400, Channel.PAGE, "parameter '%s' %s"),
  FORM_ORIGIN_INVALID("Y470003", "invalid_request", 403, Channel.PAGE, "the form was not sent from fc's pages"),

  // The RNIPP check of the identity (contract section 4): error page.
  RNIPP_CLOSE_RECORD("Y010004", "access_denied", 403, Channel.PAGE, "identity not found in the register"),
  RNIPP_SEVERAL_RECORDS("Y010006", "access_denied", 403, Channel.PAGE, "identity not found in the register"),
  RNIPP_USAGE_NAME("Y010007", "access_denied", 403, Channel.PAGE, "identity not found in the register"),
  RNIPP_NOT_FOUND("Y010008", "access_denied", 403, Channel.PAGE, "identity not found in the register"),
  RNIPP_REJECTED("Y010009", "access_denied", 403, Channel.PAGE, "identity not found in the register"),
  RNIPP_TIMEOUT("Y010011", "temporarily_unavailable", 504, Channel.PAGE, "the register did not answer in time"),
  RNIPP_FAILED("Y010012", "temporarily_unavailable", 504, Channel.PAGE, "the register call failed"),
  RNIPP_INVALID_RESPONSE(
      "Y010013", "temporarily_unavailable", 504, Channel.PAGE, "the register answered out of contract"),
  RNIPP_DECEASED("Y010015", "access_denied", 403, Channel.PAGE, "identity not usable"),

  // Token endpoint (contract section 1.3): JSON.
  CLIENT_AUTHENTICATION_FAILED(
      "Y0434A7B", "invalid_client", 401, Channel.JSON, "client authentication failed (invalid secret provided)"),
  CLIENT_AUTHENTICATION_INVALID(
      "Y0434A7C", "invalid_client", 401, Channel.JSON, "client authentication failed (use exactly one method)"),
  GRANT_TYPE_MISSING(
      "Y048017D", "invalid_request", 400, Channel.JSON, "missing required parameter 'grant_type'"),
  REVOCATION_TOKEN_MISSING(
      "Y048017E", "invalid_request", 400, Channel.JSON, "missing required parameter 'token' (undefined)"),
  CODE_MISSING("Y048017B", "invalid_request", 400, Channel.JSON, "missing required parameter 'code' (undefined)"),
  // Token, revocation and userinfo: a parameter may be given once (RFC 6749 section 3.1).
  PARAMETER_DUPLICATED(
      "Y048017F", "invalid_request", 400, Channel.JSON, "parameter '%s' is given more than once"),
  CODE_NOT_FOUND(
      "Y049E20B", "invalid_grant", 400, Channel.JSON, "grant request is invalid (authorization code not found)"),
  GRANT_TYPE_UNSUPPORTED(
      "Y048017C", "unsupported_grant_type", 400, Channel.JSON, "unsupported grant_type requested"),
  REDIRECT_URI_MISMATCH(
      "Y049E20C", "invalid_grant", 400, Channel.JSON, "grant request is invalid (redirect_uri mismatch)"),
  PKCE_MISMATCH(
      "Y049E20D", "invalid_grant", 400, Channel.JSON, "grant request is invalid (PKCE verification failed)"),

  // Userinfo endpoint (contract section 1.5): JSON.
  ACCESS_TOKEN_NOT_FOUND(
      "Y040001", "invalid_token", 401, Channel.JSON, "invalid token provided (access token not found)"),
  ACCESS_TOKEN_MISSING(
      "Y04146A2", "invalid_token", 401, Channel.JSON, "no access token provided (no access token provided)"),
  // FranceConnect+ encrypts ID tokens and userinfo to a key of the SP's jwks_uri (contract 1.9).
  SERVICE_PROVIDER_KEY_UNAVAILABLE(
      "Y040003", "server_error", 502, Channel.JSON,
      "the service provider's encryption key cannot be had from its jwks_uri"),

  IDP_HINT_NOT_ALLOWED(
      "Y030032", "invalid_idp_hint", 400, Channel.REDIRECT, "An idp_hint was provided but is not allowed"),
  REQUEST_OBJECT_INVALID(
      "Y030121", "invalid_request_object", 400, Channel.REDIRECT, "request object is invalid (%s)"),
  REQUEST_URI_NOT_SUPPORTED(
      "Y030122", "request_uri_not_supported", 400, Channel.REDIRECT, "request_uri parameter is not supported"),
  LOGOUT_REQUEST_INVALID(
      "Y030120", "invalid_request", 400, Channel.PAGE, "invalid end-session request"),
  USER_CANCELLED("Y030030", "access_denied", 403, Channel.REDIRECT, "user authentication aborted"),
  CONSENT_REFUSED("Y030033", "access_denied", 403, Channel.REDIRECT, "user refused to share the requested data"),
  DATABASE_UNAVAILABLE(
      "Y000002", "temporarily_unavailable", 503, Channel.PAGE, "fc's database is unavailable"),
  IDP_LOGINS_SATURATED(
      "Y000003", "temporarily_unavailable", 503, Channel.PAGE, "too many logins are waiting on identity providers"),
  // A client or an address past its rate (fc.limits.*): 429, with Retry-After.
  LOGINS_LIMITED(
      "Y000006", "temporarily_unavailable", 429, Channel.PAGE, "too many logins from this address; retry in %d seconds"),
  REQUESTS_LIMITED(
      "Y000007", "temporarily_unavailable", 429, Channel.JSON, "too many requests from this %s; retry in %d seconds"),
  // A data provider's checktoken call (contract section 3): JSON.
  CHECKTOKEN_REQUEST_INVALID(
      "Y150001", "invalid_request", 400, Channel.JSON, "Required parameter missing or invalid."),
  CHECKTOKEN_CLIENT_INVALID("Y150002", "invalid_client", 401, Channel.JSON, "Client authentication failed."),
  CHECKTOKEN_KEY_UNAVAILABLE(
      "Y150003", "server_error", 502, Channel.JSON, "the data provider's encryption key cannot be had from its jwks_uri"),
  // The v1 checktoken (contract section 3.1), whose answer is {"status": "fail", "message": ...}.
  CHECKTOKEN_V1_TOKEN_MALFORMED("Y150011", "invalid_request", 400, Channel.JSON, "Malformed access token."),
  CHECKTOKEN_V1_TOKEN_NOT_FOUND("Y150012", "invalid_token", 401, Channel.JSON, "token_not_found_or_expired"),

  // A request body past what the contract needs, or too slow to come: refused before any endpoint.
  REQUEST_BODY_TOO_LARGE(
      "Y000004", "invalid_request", 413, Channel.JSON, "the request body is larger than %d bytes"),
  REQUEST_ENCODING_INVALID(
      "Y000008", "invalid_request", 400, Channel.JSON, "the request's %s cannot be read: percent-encoded UTF-8, one media type, a known charset"),
  REQUEST_BODY_TOO_SLOW(
      "Y000005", "invalid_request", 408, Channel.JSON, "the request body did not arrive within %d seconds"),
  TECHNICAL_ERROR(
      "Y000000",
      "server_error",
      500,
      Channel.REDIRECT,
      "authentication aborted due to a technical error on the authorization server");

  /** How the error reaches the user or the client. */
  public enum Channel {
    /** fc's error page: the redirect URI cannot be trusted, or the contract wants a page. */
    PAGE,
    /** A redirect to the SP's redirect URI with error, error_description, state and iss. */
    REDIRECT,
    /** A JSON answer to a back-channel call. */
    JSON
  }

  private final String code;
  private final String oidcError;
  private final int httpStatus;
  private final Channel channel;
  private final String description;

  FcError(String code, String oidcError, int httpStatus, Channel channel, String description) {
    this.code = code;
    this.oidcError = oidcError;
    this.httpStatus = httpStatus;
    this.channel = channel;
    this.description = description;
  }

  public String code() {
    return code;
  }

  public String oidcError() {
    return oidcError;
  }

  public int httpStatus() {
    return httpStatus;
  }

  public Channel channel() {
    return channel;
  }

  /** The error_description, with its arguments. */
  public String description(Object... arguments) {
    return arguments.length == 0 ? description : description.formatted(arguments);
  }

  /**
   * Whether the error stops a login in progress, between the IdP choice and the SP: fc's page then
   * offers the citizen the way back to the SP while the interaction lasts (RGAA 13.1).
   */
  public boolean stopsALogin() {
    return LOGIN_STEP_ERRORS.contains(this);
  }

  /** The key of the message shown to the citizen on the error page. */
  public String messageKey() {
    return "error." + code;
  }

  private static final Set<FcError> LOGIN_STEP_ERRORS =
      EnumSet.of(
          IDP_UNKNOWN, IDP_STATE_MISSING, IDP_STATE_INVALID, IDP_ISSUER_INVALID, IDP_CALLBACK_PARAMETER_DUPLICATED,
          IDP_CODE_MISSING, IDP_TOKEN_FAILED, IDP_USERINFO_FAILED, IDP_ACR_TOO_LOW, IDP_ACR_NOT_ALLOWED, IDP_SUB_MISSING,
          IDP_IDENTITY_INVALID, CSRF_TOKEN_INVALID, CSRF_TOKEN_MISSING, IDP_LOGINS_SATURATED,
          RNIPP_CLOSE_RECORD, RNIPP_SEVERAL_RECORDS, RNIPP_USAGE_NAME, RNIPP_NOT_FOUND, RNIPP_REJECTED,
          RNIPP_TIMEOUT, RNIPP_FAILED, RNIPP_INVALID_RESPONSE, RNIPP_DECEASED);
}
