package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Discovery and JWKS as an SP written for FranceConnect reads them (contract section 1.1). */
@ExtendWith(SystemTest.class)
class DiscoveryIT {

  @Test
  void discoveryHasTheContractsShape(FcPlatform fc) throws Exception {
    HttpResponse<String> document = fc.http().get(fc.url("/api/v2/.well-known/openid-configuration"));
    assertEquals(200, document.statusCode());
    assertTrue(document.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), document.headers().toString());
    Map<String, Object> metadata = Http.json(document.body());

    assertEquals(fc.issuer(), metadata.get("issuer"));
    for (String endpoint : List.of("authorization_endpoint", "token_endpoint", "userinfo_endpoint", "jwks_uri", "end_session_endpoint", "revocation_endpoint")) {
      assertTrue(((String) metadata.get(endpoint)).startsWith(fc.issuer() + "/"), endpoint);
    }
    assertEquals(List.of("eidas1"), metadata.get("acr_values_supported"));
    assertEquals(List.of("HS256", "ES256", "RS256"), metadata.get("id_token_signing_alg_values_supported"));
    assertEquals(List.of("HS256", "ES256", "RS256"), metadata.get("userinfo_signing_alg_values_supported"));
    assertTrue(((List<?>) metadata.get("scopes_supported")).containsAll(List.of("openid", "profile", "preferred_username", "idp_birthdate")));
    assertTrue(((List<?>) metadata.get("claims_supported")).containsAll(List.of("sub", "given_name", "given_name_array", "amr", "acr")));
    // What the OpenID Config OP checks read besides (SECURITY.md, 3.3), and RFC 9207's flag.
    assertEquals(true, metadata.get("claims_parameter_supported"));
    assertEquals(List.of("S256"), metadata.get("code_challenge_methods_supported"));
    assertEquals(List.of("fr", "en"), metadata.get("ui_locales_supported"));
    assertEquals(true, metadata.get("authorization_response_iss_parameter_supported"));
  }

  @Test
  void jwksPublishesDistinctPublicSigningKeysWithTheContractsCaching(FcPlatform fc) throws Exception {
    URI jwksUri = URI.create((String) fc.http().getJson(fc.url("/api/v2/.well-known/openid-configuration")).get("jwks_uri"));
    HttpResponse<String> response = fc.http().get(jwksUri);

    assertEquals(200, response.statusCode());
    assertEquals("public, max-age=600", response.headers().firstValue("Cache-Control").orElse(""));
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    List<JsonWebKey> keys = new JsonWebKeySet(response.body()).getJsonWebKeys();
    Set<String> kids = new HashSet<>();
    Set<String> algorithms = new HashSet<>();
    for (JsonWebKey key : keys) {
      assertTrue(kids.add(key.getKeyId()), "duplicate kid " + key.getKeyId());
      algorithms.add(key.getAlgorithm());
      assertEquals("sig", key.getUse());
      assertNull(((PublicJsonWebKey) key).getPrivateKey(), "a private key is published");
    }
    assertEquals(Set.of("ES256", "RS256"), algorithms);
  }
}
