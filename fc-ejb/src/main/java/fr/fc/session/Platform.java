package fr.fc.session;

/**
 * The API a login came through (contract section 0): each of its steps answers in that API's shape,
 * and a code or token of one is refused by the other.
 */
public enum Platform {
  /** The legacy API (/api/v1): HS256 ID token keyed with the SP's secret, plain JSON userinfo, no iss in the redirect. */
  V1,
  /** The v2 standard platform (/api/v2, eidas1). */
  V2
}
