package fr.fc.session;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable identifiers: 256 random bits, base64url. */
public final class OpaqueIds {

  private static final SecureRandom RANDOM = new SecureRandom();

  private OpaqueIds() {}

  public static String next() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
