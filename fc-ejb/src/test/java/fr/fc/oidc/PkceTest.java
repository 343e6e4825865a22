package fr.fc.oidc;

import static fr.fc.oidc.TokenFixtures.CHALLENGE;
import static fr.fc.oidc.TokenFixtures.VERIFIER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** PKCE S256 (RFC 7636), with the vector of its Appendix B. */
class PkceTest {

  @Test
  void theS256ChallengeOfTheRfcVerifierIsTheRfcChallenge() {
    assertEquals(CHALLENGE, Pkce.s256(VERIFIER));
  }

  @Test
  void theVerifierVerifiesItsChallenge() {
    assertTrue(Pkce.verifies(VERIFIER, CHALLENGE));
  }

  @Test
  void anotherVerifierDoesNot() {
    assertFalse(Pkce.verifies(VERIFIER.replace('d', 'e'), CHALLENGE));
    assertFalse(Pkce.verifies(null, CHALLENGE));
    assertFalse(Pkce.verifies(VERIFIER, null));
  }

  @Test
  void aVerifierOutsideTheRfcSyntaxDoesNotEvenWhenItHashesToTheChallenge() {
    String tooShort = "a".repeat(42);
    String tooLong = "a".repeat(129);
    String badCharacter = "a".repeat(42) + "+";

    assertFalse(Pkce.verifies(tooShort, Pkce.s256(tooShort)));
    assertFalse(Pkce.verifies(tooLong, Pkce.s256(tooLong)));
    assertFalse(Pkce.verifies(badCharacter, Pkce.s256(badCharacter)));
    assertTrue(Pkce.verifies("a".repeat(43), Pkce.s256("a".repeat(43))));
    assertTrue(Pkce.verifies("a".repeat(128), Pkce.s256("a".repeat(128))));
  }
}
