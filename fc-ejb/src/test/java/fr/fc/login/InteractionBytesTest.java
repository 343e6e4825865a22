package fr.fc.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import fr.fc.federation.IdpLogin;
import fr.fc.federation.VerifiedIdentity;
import fr.fc.oidc.AuthorizationRequest;
import fr.fc.shared.config.Platform;
import fr.fc.testing.JavaSerialization;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class InteractionBytesTest {

  @Test
  void anInteractionAtItsLastStepComesBackAsItWas() throws Exception {
    LinkedHashMap<String, Object> address = new LinkedHashMap<>();
    address.put("street_address", "26 rue Desaix");
    address.put("postal_code", "75015");
    LinkedHashMap<String, Object> claims = new LinkedHashMap<>();
    claims.put("given_name", "Angela Claire Louise");
    claims.put("family_name", "DUBOIS");
    claims.put("address", address);
    claims.put("email_verified", true);
    claims.put("birth_year", 1962L);
    claims.put("rank", 3);
    claims.put("score", 0.5);
    claims.put("nicknames", new ArrayList<>(Arrays.asList("Angie", null)));
    claims.put("middle", null);
    Interaction interaction =
        new Interaction(
            "uid-1",
            new AuthorizationRequest("sp", "https://sp.example/callback", List.of("openid", "email"), "state-é",
                "nonce", "eidas2", List.of("login", "consent"), "challenge", true, "impots", "fr", 300L,
                Platform.PLUS),
            Instant.parse("2026-12-04T08:30:00.123456789Z"),
            "csrf",
            new IdpLogin("impots", "idp-state", "idp-nonce", "verifier"),
            new VerifiedIdentity("impots", claims, "sub", "eidas2", List.of("pwd", "mfa"), 1_796_371_800L, "citizen",
                "angela@example.com"));

    Interaction back = JavaSerialization.roundTrip(interaction);

    assertEquals(interaction, back);
    assertNotSame(interaction, back);
    assertEquals(Integer.class, back.identity().claims().get("rank").getClass());
    assertEquals(Long.class, back.identity().claims().get("birth_year").getClass());
  }

  @Test
  void anInteractionJustStartedComesBackWithItsEmptyParts() throws Exception {
    Interaction interaction =
        new Interaction(
            "uid-2",
            plainRequest(),
            Instant.parse("2026-12-04T08:30:00Z"),
            "csrf",
            null,
            null);

    assertEquals(interaction, JavaSerialization.roundTrip(interaction));
  }

  @Test
  void theGridHoldsBytesNotTheClassesOfTheGraph() throws Exception {
    Interaction interaction =
        new Interaction(
            "uid-3",
            plainRequest(),
            Instant.now(),
            "csrf",
            new IdpLogin("impots", "s", "n", "v"),
            null);

    String stream = new String(JavaSerialization.serialized(interaction), StandardCharsets.ISO_8859_1);

    assertFalse(stream.contains(AuthorizationRequest.class.getName()), stream);
    assertFalse(stream.contains(IdpLogin.class.getName()), stream);
    assertFalse(stream.contains("java.time"), stream);
  }

  private static AuthorizationRequest plainRequest() {
    return new AuthorizationRequest("sp", "https://sp.example/callback", List.of("openid"), "state", "nonce", "eidas1",
        List.of(), null, false, null, null, null);
  }
}
