package fr.fc.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.shared.config.Issuer;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The v2 discovery assertions of the contract (section 1.1). */
class ProviderMetadataTest {

  private final Map<String, Object> metadata =
      ProviderMetadata.of(Issuer.parse("https://fc.example.gouv.fr/api/v2"), fr.fc.shared.config.Platform.V2);

  @Test
  void endpointsLiveUnderTheIssuer() {
    assertEquals("https://fc.example.gouv.fr/api/v2", metadata.get("issuer"));
    assertEquals("https://fc.example.gouv.fr/api/v2/authorize", metadata.get("authorization_endpoint"));
    assertEquals("https://fc.example.gouv.fr/api/v2/token", metadata.get("token_endpoint"));
    assertEquals("https://fc.example.gouv.fr/api/v2/userinfo", metadata.get("userinfo_endpoint"));
    assertEquals("https://fc.example.gouv.fr/api/v2/jwks", metadata.get("jwks_uri"));
    assertEquals("https://fc.example.gouv.fr/api/v2/session/end", metadata.get("end_session_endpoint"));
    assertEquals("https://fc.example.gouv.fr/api/v2/token/revocation", metadata.get("revocation_endpoint"));
  }

  @Test
  void announcesExactlyTheContractsAcrAndAlgorithms() {
    assertEquals(List.of("eidas1"), metadata.get("acr_values_supported"));
    assertEquals(List.of("HS256", "ES256", "RS256"), metadata.get("id_token_signing_alg_values_supported"));
    assertEquals(List.of("HS256", "ES256", "RS256"), metadata.get("userinfo_signing_alg_values_supported"));
    assertEquals(List.of("pairwise"), metadata.get("subject_types_supported"));
    assertEquals(List.of("code"), metadata.get("response_types_supported"));
    assertEquals(List.of("authorization_code"), metadata.get("grant_types_supported"));
  }

  @Test
  void scopesAndClaimsIncludeTheContractsAndNothingRemoved() {
    Collection<?> scopes = (Collection<?>) metadata.get("scopes_supported");
    assertTrue(scopes.containsAll(List.of("openid", "profile", "preferred_username", "idp_birthdate")));
    assertFalse(scopes.contains("offline_access"));
    assertFalse(scopes.contains("address"));
    Collection<?> claims = (Collection<?>) metadata.get("claims_supported");
    assertTrue(claims.containsAll(List.of("sub", "given_name", "given_name_array", "amr", "acr")));
  }

  @Test
  void hasNoEncryptionNorBackchannelMetadata() {
    for (String key : metadata.keySet()) {
      assertFalse(key.contains("encryption"), key);
      assertFalse(key.startsWith("backchannel"), key);
    }
  }

  @Test
  void franceConnectPlusAnnouncesItsLevelsEs256AndItsEncryption() {
    Map<String, Object> plus =
        ProviderMetadata.of(Issuer.parse("https://fc.example.gouv.fr/api/v2").under("/plus"), fr.fc.shared.config.Platform.PLUS);

    assertEquals("https://fc.example.gouv.fr/plus/api/v2", plus.get("issuer"));
    assertEquals("https://fc.example.gouv.fr/plus/api/v2/token", plus.get("token_endpoint"));
    assertEquals(List.of("eidas2", "eidas3"), plus.get("acr_values_supported"));
    assertEquals(List.of("ES256"), plus.get("id_token_signing_alg_values_supported"));
    assertEquals(List.of("ES256"), plus.get("userinfo_signing_alg_values_supported"));
    assertEquals(List.of("ECDH-ES", "RSA-OAEP", "RSA-OAEP-256"), plus.get("userinfo_encryption_alg_values_supported"));
    assertEquals(List.of("A256GCM"), plus.get("id_token_encryption_enc_values_supported"));
    assertTrue(((Collection<?>) plus.get("scopes_supported")).contains("rnipp_birth"));
    assertTrue(((Collection<?>) plus.get("claims_supported")).contains("rnipp_given_name_array"));
    assertFalse(((Collection<?>) plus.get("claims_supported")).contains("given_name_array"));
  }
}
