package fr.fc.federation;

import java.util.Map;

/**
 * The endpoints of an identity provider, from its discovery document.
 *
 * @param endSessionEndpoint where fc logs the citizen out of the IdP, or null when it has none
 * @param namesItselfInAnswers whether it announces iss in its authorization answers (RFC 9207):
 *     an answer without it is then not its
 */
record IdpMetadata(
    String issuer,
    String authorizationEndpoint,
    String tokenEndpoint,
    String userinfoEndpoint,
    String jwksUri,
    String endSessionEndpoint,
    boolean namesItselfInAnswers) {

  /**
   * @throws IllegalArgumentException when the document lacks an endpoint or names another issuer
   *     (a mix-up defence: ASVS 10.5.3)
   */
  static IdpMetadata fromDiscovery(String expectedIssuer, Map<String, Object> document) {
    IdpMetadata metadata =
        new IdpMetadata(
            text(document, "issuer"),
            text(document, "authorization_endpoint"),
            text(document, "token_endpoint"),
            text(document, "userinfo_endpoint"),
            text(document, "jwks_uri"),
            document.get("end_session_endpoint") instanceof String url && !url.isBlank() ? url : null,
            Boolean.TRUE.equals(document.get("authorization_response_iss_parameter_supported")));
    if (!expectedIssuer.equals(metadata.issuer())) {
      throw new IllegalArgumentException("discovery names issuer " + metadata.issuer());
    }
    return metadata;
  }

  private static String text(Map<String, Object> document, String name) {
    if (!(document.get(name) instanceof String value) || value.isBlank()) {
      throw new IllegalArgumentException("discovery has no " + name);
    }
    return value;
  }
}
