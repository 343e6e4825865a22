package fr.fc.sandbox.sp;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The parts of fc's discovery document (OpenID Connect Discovery 1.0, section 3) the SP uses. fc's
 * API v1 has no such document: {@link FcV1Endpoints} gives the same parts for it, without a JWKS.
 */
record ProviderMetadata(
    String issuer,
    URI authorizationEndpoint,
    URI tokenEndpoint,
    URI userinfoEndpoint,
    URI jwksUri,
    URI endSessionEndpoint) {

  /** Reads a discovery document; fails with DISCOVERY when it is not JSON or lacks an entry. */
  static ProviderMetadata fromJson(String json) {
    JsonDocument document = JsonDocument.parse("discovery document", json, SpFailure.DISCOVERY);
    return new ProviderMetadata(
        document.text("issuer"),
        url(document, "authorization_endpoint"),
        url(document, "token_endpoint"),
        url(document, "userinfo_endpoint"),
        url(document, "jwks_uri"),
        url(document, "end_session_endpoint"));
  }

  private static URI url(JsonDocument document, String field) {
    try {
      URI url = new URI(document.text(field));
      if ("https".equals(url.getScheme()) || "http".equals(url.getScheme())) {
        return url;
      }
    } catch (URISyntaxException malformed) {
      // reported below
    }
    throw document.invalid("has no http(s) URL in " + field);
  }
}
