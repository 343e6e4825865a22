package fr.fc.sandbox.sp;

/**
 * The SP as registered in fc: its credentials, the scopes it asks for (to identify the citizen, and
 * to read their tax data), and the base URL its redirect URIs are built from.
 */
record SpRegistration(
    String clientId, String clientSecret, String scope, String taxDataScope, String baseUrl) {

  SpRegistration {
    baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** The scope a login for this purpose asks fc for. */
  String scopeFor(LoginPurpose purpose) {
    return purpose == LoginPurpose.TAX_DATA ? taxDataScope : scope;
  }

  /** Where fc sends the citizen back with a code. */
  String redirectUri() {
    return baseUrl + "/sp/callback";
  }

  /** Where fc sends the citizen back after logout. */
  String postLogoutRedirectUri() {
    return baseUrl + "/sp/logout-callback";
  }
}
