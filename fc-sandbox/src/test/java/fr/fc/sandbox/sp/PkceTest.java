package fr.fc.sandbox.sp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PkceTest {

  @Test
  void challengeIsS256OfTheVerifierAsInRfc7636AppendixB() {
    assertEquals(
        "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
        Pkce.challengeOf("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
  }

  @Test
  void verifiersAreRandomAndOfTheAllowedLengthAndAlphabet() {
    String verifier = Pkce.newVerifier();

    assertTrue(verifier.length() >= 43 && verifier.length() <= 128, verifier);
    assertTrue(verifier.matches("[A-Za-z0-9._~-]+"), verifier);
    assertNotEquals(verifier, Pkce.newVerifier());
    assertEquals(43, Pkce.challengeOf(verifier).length());
  }
}
