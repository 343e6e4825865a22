package fr.fc.registry;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An identity provider's one shape: what the import file says, and the rules on its secret. */
class IdentityProviderRegistrationTest {

  @Test
  void everyFieldOfTheFileIsRead() {
    Map<String, Object> entry =
        Map.ofEntries(
            Map.entry("id", "impots"),
            Map.entry("title", "impots.gouv.fr"),
            Map.entry("issuer", "https://idp.example.gouv.fr"),
            Map.entry("clientId", "fc"),
            Map.entry("clientSecret", "a-legacy-idp-secret-of-32-bytes!"),
            Map.entry("allowedAcrs", List.of("eidas1", "eidas2")),
            Map.entry("endpoints", Map.of("token_endpoint", "https://idp.example.gouv.fr/token")),
            Map.entry("available", false),
            Map.entry("idTokenSigningAlg", "HS256"),
            Map.entry("userinfoSigningAlg", "RS256"),
            Map.entry("display", false),
            Map.entry("isBeta", true));

    IdentityProviderRegistration expected =
        IdentityProviderRegistration.builder("impots", "https://idp.example.gouv.fr")
            .title("impots.gouv.fr")
            .client("fc", "a-legacy-idp-secret-of-32-bytes!")
            .allowedAcrs(List.of("eidas1", "eidas2"))
            .endpoints(Map.of("token_endpoint", "https://idp.example.gouv.fr/token"))
            .available(false)
            .signing("HS256", "RS256")
            .displayed(false)
            .beta(true)
            .build();
    assertEquals(expected, IdentityProviderMapping.fromJson(entry, 0));
  }

  @Test
  void anHs256KeyIsAtLeastAsLongAsTheHash() {
    IdentityProviderRegistration.Builder legacy =
        IdentityProviderRegistration.builder("legacy", "https://legacy.example.gouv.fr").signing("HS256", "ES256");

    assertThrows(IllegalArgumentException.class, () -> legacy.client("fc", "s".repeat(31)).build());
    assertDoesNotThrow(() -> legacy.client("fc", "s".repeat(32)).build());
  }
}
