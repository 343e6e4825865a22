package fr.fc.shared.error;

/**
 * Every error fc reports, with the contract's code (section 1.11): "Y", two digits for the module,
 * four for the error. Codes the contract does not fix are fc's own, in the same module ranges.
 */
public enum FcError {
  // Authorization request, before the redirect URI is trusted, or not worth trusting it: error page.
  AUTHORIZE_PARAMETER_INVALID("Y030007", "invalid_request", 400, Channel.PAGE, "invalid authorization request"),
  CLIENT_UNKNOWN("Y04EA6EF", "invalid_client", 400, Channel.PAGE, "unknown or deactivated client"),
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
      "acr_value is not valid, should be equal one of these values, expected eidas1, got %s"),
  AMR_NOT_ALLOWED("Y100009", "invalid_request", 400, Channel.REDIRECT, "amr claim is not allowed for this client"),
  USER_CANCELLED("Y030030", "access_denied", 403, Channel.REDIRECT, "user authentication aborted"),
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

  /** The key of the message shown to the citizen on the error page. */
  public String messageKey() {
    return "error." + code;
  }
}
