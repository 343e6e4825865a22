package fr.fc.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** fc rewrites prompt to "login consent" unless the SP is whitelisted (contract section 1.2). */
class EffectivePromptTest {

  private static final Set<String> LOGIN = Set.of("login");

  @Test
  void aWhitelistedPromptLoginSkipsTheInformationPage() {
    EffectivePrompt prompt = EffectivePrompt.of(List.of("login"), LOGIN);

    assertEquals(Set.of("login"), prompt.values());
    assertFalse(prompt.asksConsent());
  }

  @Test
  void anSpThatIsNotWhitelistedGetsLoginConsentWhateverItSends() {
    for (List<String> sent : List.of(List.of("login"), List.of("consent"), List.of("login", "consent"), List.<String>of())) {
      EffectivePrompt prompt = EffectivePrompt.of(sent, Set.of());

      assertEquals(Set.of("login", "consent"), prompt.values(), sent.toString());
      assertTrue(prompt.asksConsent());
    }
  }

  @Test
  void aWhitelistedSpWithoutPromptIsRewrittenToo() {
    assertTrue(EffectivePrompt.of(List.of(), LOGIN).asksConsent());
  }

  @Test
  void everyValueSentMustBeWhitelisted() {
    assertTrue(EffectivePrompt.of(List.of("login", "consent"), LOGIN).asksConsent());
    assertTrue(EffectivePrompt.of(List.of("consent"), LOGIN).asksConsent());
  }

  @Test
  void aWhitelistedConsentIsHonouredAsConsent() {
    Set<String> both = Set.of("login", "consent");

    assertTrue(EffectivePrompt.of(List.of("consent"), both).asksConsent());
    assertTrue(EffectivePrompt.of(List.of("login", "consent"), both).asksConsent());
    assertFalse(EffectivePrompt.of(List.of("login"), both).asksConsent());
  }

  @Test
  void readsTheRequestAndTheSpsRegistration() {
    AuthorizationRequest request =
        new AuthorizationRequest("sp", "https://sp.example.gouv.fr/cb", List.of("openid"), "state", "nonce",
            "eidas1", List.of("login"), null, false, null, null, null);
    fr.fc.registry.RegisteredClient whitelisted =
        fr.fc.registry.RegisteredClient.builder("sp").name("SP").secretHash("hash").allowedPrompts(LOGIN).build();

    assertFalse(EffectivePrompt.of(request, whitelisted).asksConsent());
    assertTrue(EffectivePrompt.of(request, TokenFixtures.client()).asksConsent(), "not whitelisted");
  }
}
