package fr.fc.sandbox.sp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Proof Key for Code Exchange with the S256 method (RFC 7636 section 4). */
final class Pkce {

  static final String METHOD = "S256";

  private Pkce() {}

  /** A new code verifier: 43 characters of the unreserved set (RFC 7636 section 4.1). */
  static String newVerifier() {
    return RandomValue.create();
  }

  /**
   * The S256 challenge of a verifier: BASE64URL(SHA256(ASCII(verifier))) (RFC 7636 section 4.2).
   */
  static String challengeOf(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
