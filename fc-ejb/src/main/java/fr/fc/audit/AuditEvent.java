package fr.fc.audit;

/** The catalogue of what fc audits, in the order of a login. */
public enum AuditEvent {
  AUTHORIZE_INITIATED,
  /** The browser's fc session gave the identity: no IdP login, no RNIPP call (contract 2.2). */
  SSO_SESSION_REUSED,
  IDP_REDIRECTED,
  /** The IdP answered an error, or fc refused its answer: the citizen is back on the choice page. */
  IDP_LOGIN_FAILED,
  IDP_IDENTITY_RECEIVED,
  IDP_IDENTITY_INVALID,
  RNIPP_REQUESTED,
  RNIPP_VALID,
  RNIPP_INVALID,
  RNIPP_DECEASED,
  RNIPP_FAILED,
  /** The information page, or the consent page, was shown to the citizen. */
  INFORMATION_PAGE_SHOWN,
  /** The SP must collect consent and the citizen sent the page without ticking the box. */
  CONSENT_MISSING,
  /** The citizen ticked the box: they agree that fc transmits their identity to this SP. */
  CONSENT_GIVEN,
  /** The citizen refused on the consent page: the SP gets access_denied. */
  CONSENT_REFUSED,
  REDIRECTED_TO_SP,
  TOKEN_ISSUED,
  /** An SP revoked one of its access tokens (RFC 7009). */
  TOKEN_REVOKED,
  SESSION_TERMINATED,
  /** fc sent the citizen to the IdP's end-session endpoint (contract 1.12). */
  IDP_LOGOUT_REQUESTED,
  /** A data provider checked an SP's access token (DP_VERIFIED_FC_CHECKTOKEN); its error code when inactive. */
  CHECKTOKEN_ANSWERED
}
