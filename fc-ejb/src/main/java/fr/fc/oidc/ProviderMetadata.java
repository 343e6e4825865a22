package fr.fc.oidc;

import fr.fc.data.IdentityScope;
import fr.fc.data.Scopes;
import fr.fc.shared.config.Issuer;
import fr.fc.shared.config.Platform;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * fc's OpenID Provider metadata (OpenID Connect Discovery 1.0, section 3), shaped by the
 * contract's discovery assertions (section 1.1): on the standard platform eidas1 only, pairwise
 * subjects, the code flow only, HS256/ES256/RS256, no encryption and no back-channel logout
 * metadata; FranceConnect+ differs in its levels, its algorithms and its encryption.
 */
public final class ProviderMetadata {

  /** The signature algorithms of ID tokens and userinfo responses, in the contract's order. */
  public static final List<String> SIGNING_ALGORITHMS = List.of("HS256", "ES256", "RS256");

  public static final String ACR_EIDAS1 = "eidas1";

  /** FranceConnect+ signs with ES256 only. */
  public static final String PLUS_SIGNING_ALGORITHM = "ES256";

  /** The key algorithms of FranceConnect+'s JWE, in the contract's order. */
  public static final List<String> ENCRYPTION_ALGORITHMS = List.of("ECDH-ES", "RSA-OAEP", "RSA-OAEP-256");

  /** FranceConnect+'s only content encryption. */
  public static final String CONTENT_ENCRYPTION = "A256GCM";

  private ProviderMetadata() {}

  /** The discovery document of fc under this issuer, as an ordered JSON object. */
  /**
   * The discovery document of a platform: FranceConnect+ announces eidas2 and eidas3, ES256 only,
   * and the encryption of its ID tokens and userinfo (contract sections 1.1 and 1.9).
   */
  public static Map<String, Object> of(Issuer issuer, Platform platform) {
    boolean plus = platform == Platform.PLUS;
    List<String> signing = plus ? List.of(PLUS_SIGNING_ALGORITHM) : SIGNING_ALGORITHMS;
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("issuer", issuer.url());
    metadata.put("authorization_endpoint", issuer.endpoint("authorize"));
    metadata.put("token_endpoint", issuer.endpoint("token"));
    metadata.put("userinfo_endpoint", issuer.endpoint("userinfo"));
    metadata.put("jwks_uri", issuer.endpoint("jwks"));
    metadata.put("end_session_endpoint", issuer.endpoint("session/end"));
    metadata.put("revocation_endpoint", issuer.endpoint("token/revocation"));
    metadata.put("scopes_supported", Scopes.of(platform));
    metadata.put("claims_supported", claims(platform));
    metadata.put("response_types_supported", List.of("code"));
    metadata.put("response_modes_supported", List.of("query"));
    metadata.put("grant_types_supported", List.of("authorization_code"));
    metadata.put("subject_types_supported", List.of("pairwise"));
    metadata.put("acr_values_supported", platform.acrs());
    metadata.put("id_token_signing_alg_values_supported", signing);
    metadata.put("userinfo_signing_alg_values_supported", signing);
    if (plus) {
      metadata.put("id_token_encryption_alg_values_supported", ENCRYPTION_ALGORITHMS);
      metadata.put("id_token_encryption_enc_values_supported", List.of(CONTENT_ENCRYPTION));
      metadata.put("userinfo_encryption_alg_values_supported", ENCRYPTION_ALGORITHMS);
      metadata.put("userinfo_encryption_enc_values_supported", List.of(CONTENT_ENCRYPTION));
    }
    metadata.put(
        "token_endpoint_auth_methods_supported", List.of("client_secret_post", "client_secret_basic"));
    metadata.put(
        "revocation_endpoint_auth_methods_supported", List.of("client_secret_post", "client_secret_basic"));
    metadata.put("code_challenge_methods_supported", List.of("S256"));
    metadata.put("claims_parameter_supported", true);
    metadata.put("request_parameter_supported", true);
    metadata.put("request_uri_parameter_supported", false);
    metadata.put("request_object_signing_alg_values_supported", List.of("none", "HS256"));
    metadata.put("authorization_response_iss_parameter_supported", true);
    metadata.put("ui_locales_supported", List.of("fr", "en"));
    return metadata;
  }


  private static List<String> claims(Platform platform) {
    List<String> claims = new ArrayList<>(IdentityScope.allClaims(platform));
    claims.add("acr");
    return claims;
  }
}
