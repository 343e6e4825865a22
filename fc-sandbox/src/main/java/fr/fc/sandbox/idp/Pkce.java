package fr.fc.sandbox.idp;

import java.util.Base64;
import java.util.regex.Pattern;

/** Proof Key for Code Exchange, S256 only (RFC 7636). */
final class Pkce {

  private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");

  private Pkce() {}

  /** RFC 7636 4.2: an S256 challenge is the base64url of a SHA-256, 43 characters. */
  static boolean isChallenge(String value) {
    return value != null && CHALLENGE.matcher(value).matches();
  }

  /**
   * RFC 7636 4.6. Without a challenge, no verifier may come either (RFC 9700 2.1.1: a verifier
   * alone is a downgrade attempt).
   */
  static boolean verifies(String challenge, String verifier) {
    if (challenge == null || verifier == null) {
      return challenge == null && verifier == null;
    }
    return VERIFIER.matcher(verifier).matches()
        && Crypto.sameSecret(challenge, challengeOf(verifier));
  }

  static String challengeOf(String verifier) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(Crypto.sha256(verifier));
  }
}
