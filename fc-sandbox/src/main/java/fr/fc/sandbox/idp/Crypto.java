package fr.fc.sandbox.idp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The two primitives the rules share: SHA-256 and a comparison of secrets in constant time. */
final class Crypto {

  private Crypto() {}

  /** SHA-256 of the text's UTF-8 bytes (ASCII texts, such as PKCE verifiers, are unchanged). */
  static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /**
   * Whether the candidate equals the expected secret, in a time that does not depend on where they
   * differ.
   */
  static boolean sameSecret(String expected, String candidate) {
    return candidate != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
  }
}
