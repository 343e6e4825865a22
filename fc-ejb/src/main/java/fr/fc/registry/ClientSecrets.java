package fr.fc.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Client secrets are stored as their SHA-256: fc never needs them back for ES256/RS256 SPs, and a
 * registered secret is random enough that a plain hash cannot be reversed.
 */
public final class ClientSecrets {

  private ClientSecrets() {}

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A new client secret: 256 random bits, as 64 hex characters. */
  public static String generate() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return HexFormat.of().formatHex(secret);
  }

  public static String hash(String secret) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Compares in constant time, so that timing tells nothing of the registered secret. */
  public static boolean matches(String secret, String hash) {
    return secret != null
        && hash != null
        && MessageDigest.isEqual(
            hash(secret).getBytes(StandardCharsets.US_ASCII), hash.getBytes(StandardCharsets.US_ASCII));
  }
}
