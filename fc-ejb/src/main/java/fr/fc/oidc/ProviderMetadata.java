package fr.fc.oidc;

import fr.fc.data.IdentityScope;
import fr.fc.data.Scopes;
import fr.fc.shared.config.Issuer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * fc's OpenID Provider metadata (OpenID Connect Discovery 1.0, section 3), shaped by the v2
 * contract's discovery assertions (contract section 1.1): eidas1 only, pairwise subjects, the
 * code flow only, HS256/ES256/RS256, no encryption and no back-channel logout metadata.
 */
public final class ProviderMetadata {

  /** The signature algorithms of ID tokens and userinfo responses, in the contract's order. */
  public static final List<String> SIGNING_ALGORITHMS = List.of("HS256", "ES256", "RS256");

  public static final String ACR_EIDAS1 = "eidas1";

  private ProviderMetadata() {}

  /** The discovery document of fc under this issuer, as an ordered JSON object. */
  public static Map<String, Object> of(Issuer issuer) {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("issuer", issuer.url());
    metadata.put("authorization_endpoint", issuer.endpoint("authorize"));
    metadata.put("token_endpoint", issuer.endpoint("token"));
    metadata.put("userinfo_endpoint", issuer.endpoint("userinfo"));
    metadata.put("jwks_uri", issuer.endpoint("jwks"));
    metadata.put("end_session_endpoint", issuer.endpoint("session/end"));
    metadata.put("revocation_endpoint", issuer.endpoint("token/revocation"));
    metadata.put("scopes_supported", Scopes.all());
    metadata.put("claims_supported", claims());
    metadata.put("response_types_supported", List.of("code"));
    metadata.put("response_modes_supported", List.of("query"));
    metadata.put("grant_types_supported", List.of("authorization_code"));
    metadata.put("subject_types_supported", List.of("pairwise"));
    metadata.put("acr_values_supported", List.of(ACR_EIDAS1));
    metadata.put("id_token_signing_alg_values_supported", SIGNING_ALGORITHMS);
    metadata.put("userinfo_signing_alg_values_supported", SIGNING_ALGORITHMS);
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


  private static List<String> claims() {
    List<String> claims = new ArrayList<>(IdentityScope.allClaims());
    claims.add("acr");
    return claims;
  }
}
