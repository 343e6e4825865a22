package fr.fc.login;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.fc.registry.IdentityProviderRegistration;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RFC 9207 on the IdP's callback: the iss it names, and whether it must name one. */
class IdpIssuerCheckTest {

  private static final IdentityProviderRegistration IDP =
      new IdentityProviderRegistration(
          "impots", "Impots", "https://idp.example.gouv.fr", "fc", null, List.of("eidas1"), Map.of(), true, "ES256",
          "ES256", true, false, 0, true, List.of(), null, null, null);

  @Test
  void anAnswerNamingItsIdpPassesWhetherOrNotItMust() {
    assertDoesNotThrow(() -> IdpLoginService.checkIssuer(IDP, "https://idp.example.gouv.fr", true));
    assertDoesNotThrow(() -> IdpLoginService.checkIssuer(IDP, "https://idp.example.gouv.fr", false));
  }

  @Test
  void anAnswerNamingAnotherIdpIsRefused() {
    assertEquals(FcError.IDP_ISSUER_INVALID, refusal("https://attacker.example.com", false));
    assertEquals(FcError.IDP_ISSUER_INVALID, refusal("https://idp.example.gouv.fr/", true));
  }

  @Test
  void anAnswerNamingNoIdpIsRefusedOnlyFromAnIdpThatAnnouncesIt() {
    assertEquals(FcError.IDP_ISSUER_INVALID, refusal(null, true));
    assertDoesNotThrow(() -> IdpLoginService.checkIssuer(IDP, null, false));
  }

  private static FcError refusal(String iss, boolean required) {
    return assertThrows(FcException.class, () -> IdpLoginService.checkIssuer(IDP, iss, required)).error();
  }
}
