package fr.fc.sandbox.sp;

/**
 * The SP as registered in fc: its credentials, the scope it asks for, and the base URL its redirect
 * URIs are built from.
 */
record SpRegistration(String clientId, String clientSecret, String scope, String baseUrl) {

  SpRegistration {
    baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
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
