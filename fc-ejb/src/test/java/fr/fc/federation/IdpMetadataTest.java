package fr.fc.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdpMetadataTest {

  static final String ISSUER = "https://idp.example.gouv.fr";

  static Map<String, Object> document() {
    Map<String, Object> document = new HashMap<>();
    document.put("issuer", ISSUER);
    document.put("authorization_endpoint", ISSUER + "/authorize");
    document.put("token_endpoint", ISSUER + "/token");
    document.put("userinfo_endpoint", ISSUER + "/userinfo");
    document.put("jwks_uri", ISSUER + "/jwks");
    return document;
  }

  @Test
  void readsTheEndpoints() {
    IdpMetadata metadata = IdpMetadata.fromDiscovery(ISSUER, document());

    assertEquals(ISSUER + "/token", metadata.tokenEndpoint());
    assertEquals(ISSUER + "/jwks", metadata.jwksUri());
    assertNull(metadata.endSessionEndpoint(), "optional: without it fc logs out of itself only");

    Map<String, Object> withLogout = document();
    withLogout.put("end_session_endpoint", ISSUER + "/logout");
    assertEquals(ISSUER + "/logout", IdpMetadata.fromDiscovery(ISSUER, withLogout).endSessionEndpoint());
  }

  @Test
  void readsWhetherTheIdpNamesItselfInItsAnswers() {
    assertFalse(IdpMetadata.fromDiscovery(ISSUER, document()).namesItselfInAnswers());

    Map<String, Object> announced = document();
    announced.put("authorization_response_iss_parameter_supported", true);
    assertTrue(IdpMetadata.fromDiscovery(ISSUER, announced).namesItselfInAnswers());
  }

  @Test
  void refusesAnotherIssuerOrAMissingEndpoint() {
    Map<String, Object> mixedUp = document();
    mixedUp.put("issuer", "https://attacker.example.com");
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> IdpMetadata.fromDiscovery(ISSUER, mixedUp))
            .getMessage()
            .contains("issuer"));

    Map<String, Object> incomplete = document();
    incomplete.remove("jwks_uri");
    assertThrows(IllegalArgumentException.class, () -> IdpMetadata.fromDiscovery(ISSUER, incomplete));
  }
}
