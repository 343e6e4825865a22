package fr.fc.sandbox.idp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PkceTest {

  // RFC 7636, appendix B.
  static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
  static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

  @Test
  void computesTheS256ChallengeOfRfc7636() {
    assertEquals(CHALLENGE, Pkce.challengeOf(VERIFIER));
    assertTrue(Pkce.isChallenge(CHALLENGE));
  }

  @Test
  void acceptsTheVerifierOfTheChallenge() {
    assertTrue(Pkce.verifies(CHALLENGE, VERIFIER));
  }

  @Test
  void refusesAnotherVerifier() {
    assertFalse(Pkce.verifies(CHALLENGE, VERIFIER.replace('d', 'e')));
  }

  @Test
  void refusesAMissingOrMalformedVerifier() {
    assertFalse(Pkce.verifies(CHALLENGE, null));
    String tooShort = "abc";
    assertFalse(Pkce.verifies(Pkce.challengeOf(tooShort), tooShort));
  }

  @Test
  void refusesAVerifierWithoutChallengeAndAcceptsNeither() {
    assertFalse(Pkce.verifies(null, VERIFIER));
    assertTrue(Pkce.verifies(null, null));
  }

  @Test
  void knowsAChallengeByItsShape() {
    assertFalse(Pkce.isChallenge(null));
    assertFalse(Pkce.isChallenge("plain-verifier"));
    assertFalse(Pkce.isChallenge(CHALLENGE + "="));
  }
}
