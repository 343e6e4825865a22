package fr.fc.audit;

import static fr.fc.audit.AuditEvent.Outcome.FAILURE;
import static fr.fc.audit.AuditEvent.Outcome.SUCCESS;

/**
 * The catalogue of what fc audits, in the order of a login, then the SP's back-channel, logout, the
 * trail's own operations and the operators' changes of the registry and of fc's keys.
 * docs/audit-events.md is generated from here. Each step of a flow leaves one of these, success or
 * failure; a request fc refuses leaves the refusal of its step.
 */
public enum AuditEvent {
  AUTHORIZE_INITIATED(SUCCESS, "An SP's authorize request was accepted: a login starts (its flow id is new)."),
  AUTHORIZE_REFUSED(FAILURE, "An authorize request broke a rule of the contract: the SP or the citizen got the error."),
  SSO_SESSION_REUSED(SUCCESS, "The browser's fc session gave the identity: no IdP login, no RNIPP call (contract 2.2)."),
  IDP_CHOICE_SHOWN(SUCCESS, "The page listing the identity providers was shown."),
  IDP_REDIRECTED(SUCCESS, "The citizen chose an IdP and was sent to it."),
  IDP_CHOICE_REFUSED(FAILURE, "The choice page, or the choice sent from it, was refused (not this browser's login, unknown IdP, another site's form)."),
  LOGIN_ABANDONED(FAILURE, "The citizen went back to the SP from fc's pages: the SP gets access_denied."),
  IDP_LOGIN_FAILED(FAILURE, "The IdP answered an error, or fc refused its answer: the citizen is back on the choice page."),
  IDP_CALLBACK_REFUSED(FAILURE, "A return from an IdP was refused before reaching the IdP (not this browser's login, bad parameters, too many at once)."),
  IDP_IDENTITY_RECEIVED(SUCCESS, "The IdP's identity was read and is well formed."),
  IDP_IDENTITY_INVALID(FAILURE, "The IdP's identity lacks a claim or breaks a format rule."),
  IDP_BLOCKED_BY_CITIZEN(FAILURE, "The citizen blocked, in their space, the IdP they logged in with: the login stops (Y100011)."),
  RNIPP_REQUESTED(SUCCESS, "The national register was asked about the identity."),
  RNIPP_VALID(SUCCESS, "The register knows the person: the pivot identity is the register's."),
  RNIPP_INVALID(FAILURE, "The register does not know the person, or knows them differently."),
  RNIPP_DECEASED(FAILURE, "The register says the person has died."),
  RNIPP_FAILED(FAILURE, "The register could not answer (unavailable, timeout, circuit open)."),
  INFORMATION_PAGE_SHOWN(SUCCESS, "The information page, or the consent page, was shown to the citizen."),
  CONSENT_MISSING(FAILURE, "The SP must collect consent and the citizen sent the page without ticking the box."),
  CONSENT_GIVEN(SUCCESS, "The citizen ticked the box: they agree that fc transmits their identity to this SP."),
  ACCOUNT_CHANGE_REQUESTED(SUCCESS, "The citizen said the identity on the information page is not theirs: fc's session ended, back to the choice of IdP."),
  CONSENT_REFUSED(FAILURE, "The citizen declined on the consent page: the SP gets access_denied."),
  INFORMATION_STEP_REFUSED(FAILURE, "The information page, or its form, was refused (not this browser's login, another site's form, expired)."),
  REDIRECTED_TO_SP(SUCCESS, "The citizen was sent back to the SP with an authorization code."),
  TOKEN_ISSUED(SUCCESS, "The SP redeemed its code: ID token and access token issued."),
  TOKEN_REFUSED(FAILURE, "A token request was refused (client authentication, code, PKCE, redirect_uri)."),
  USERINFO_ANSWERED(SUCCESS, "The SP read the citizen's claims with its access token."),
  USERINFO_REFUSED(FAILURE, "A userinfo request was refused (no token, unknown or expired token)."),
  TOKEN_REVOKED(SUCCESS, "An SP revoked one of its access tokens (RFC 7009)."),
  REVOCATION_REFUSED(FAILURE, "A revocation request was refused (client authentication, parameters)."),
  CHECKTOKEN_ANSWERED(SUCCESS, "A data provider checked an SP's access token; its error code when the token was not active."),
  CHECKTOKEN_REFUSED(FAILURE, "A checktoken request was refused (data provider authentication, parameters, keys unavailable)."),
  SESSION_TERMINATED(SUCCESS, "An SP logged the citizen out: fc's session ended."),
  IDP_LOGOUT_REQUESTED(SUCCESS, "fc sent the citizen to the IdP's end-session endpoint (contract 1.12)."),
  IDP_LOGOUT_COMPLETED(SUCCESS, "The IdP sent the citizen back after its logout."),
  LOGOUT_REFUSED(FAILURE, "A logout request was refused (id_token_hint, post_logout_redirect_uri, parameters)."),
  REQUESTS_LIMITED(FAILURE, "A client or an address went past its rate (fc.limits.*): its requests are refused with 429 and this is recorded at the first, then once per 10 s while it lasts, with the number refused (a flood does not write the trail at its own pace)."),
  REQUEST_REFUSED(FAILURE, "A request outside the steps above was refused (body too large or too slow, a malformed request)."),
  LOGIN_NOTICE_SENT(SUCCESS, "The e-mail telling the citizen of their login was handed to the mail server."),
  LOGIN_NOTICE_FAILED(FAILURE, "The e-mail telling the citizen of their login could not be sent (mail server away, queue full)."),
  CITIZEN_HISTORY_SHOWN(SUCCESS, "A citizen looked at their connections in their space (sub: their pseudonym)."),
  CITIZEN_HISTORY_EXPORTED(SUCCESS, "A citizen downloaded their connections from their space; the format is in the detail."),
  CITIZEN_PREFERENCES_CHANGED(SUCCESS, "A citizen changed which IdPs fc may log them in with; their choice is in the detail."),
  MISUSE_REPORTED(FAILURE, "A citizen reported a connection they did not make: its flow id is the connection's; for the operator."),
  CITIZEN_HISTORY_PURGED(SUCCESS, "The citizens' index of connections older than the history's retention was deleted."),
  AUDIT_CHECKPOINT_SIGNED(SUCCESS, "fc signed a checkpoint of the trail: its last row, hash and row count."),
  AUDIT_PURGED(SUCCESS, "Rows older than the retention period were deleted, after a checkpoint at the cut."),
  PARTNER_CREATED(SUCCESS, "An operator registered a partner (SP, IdP or data provider): its fields are in the detail."),
  PARTNER_UPDATED(SUCCESS, "An operator changed a partner's registration: the fields before and after are in the detail."),
  PARTNER_ACTIVATED(SUCCESS, "An operator switched a partner back on: fc serves it again."),
  PARTNER_DEACTIVATED(SUCCESS, "An operator switched a partner off: fc refuses it from now on."),
  PARTNER_DELETED(SUCCESS, "An operator deleted a partner's registration: its last fields are in the detail."),
  PARTNER_SECRET_ROTATED(SUCCESS, "An operator gave a partner a new secret; the old one works until the time in the detail."),
  REGISTRY_CHANGE_REFUSED(FAILURE, "An operator's change of the registry was refused (invalid entry, unknown partner, conflict): nothing changed."),
  SIGNING_KEYS_ROTATED(SUCCESS, "An operator rotated fc's signing keys: the new keys' kids and when they sign, the old ones' and when they retire, are in the detail."),
  SIGNING_KEYS_ROTATION_REFUSED(FAILURE, "An operator's rotation of fc's signing keys was refused: the key file could not be read, used or written; nothing changed.");

  /** FAILURE when the flow stopped here, or the request was refused; SUCCESS when it went on. */
  public enum Outcome {
    SUCCESS,
    FAILURE
  }

  private final Outcome outcome;
  private final String description;

  AuditEvent(Outcome outcome, String description) {
    this.outcome = outcome;
    this.description = description;
  }

  public Outcome outcome() {
    return outcome;
  }

  public String description() {
    return description;
  }
}
