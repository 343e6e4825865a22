package fr.fc.sandbox.idp;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable identifiers: 256 random bits, base64url without padding. */
final class RandomTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private RandomTokens() {}

  static String next() {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
  }

  static byte[] bytes(int count) {
    byte[] bytes = new byte[count];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
