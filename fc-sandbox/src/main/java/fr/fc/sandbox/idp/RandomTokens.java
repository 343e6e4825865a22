package fr.fc.sandbox.idp;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable identifiers: 256 random bits, base64url without padding. */
final class RandomTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private RandomTokens() {}

  static String next() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
