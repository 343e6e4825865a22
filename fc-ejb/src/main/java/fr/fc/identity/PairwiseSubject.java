package fr.fc.identity;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The pairwise {@code sub} of contract section 1.8: one per service provider entity, the same
 * whatever the identity provider, stable over time. A data provider's {@code sub} is the same
 * formula with its {@code client_id} as the entity.
 */
public final class PairwiseSubject {

  private static final String VERSION = "v1";

  private final String subSecretKey;

  public PairwiseSubject(String subSecretKey) {
    requireNonNull(subSecretKey, "subSecretKey");
    if (subSecretKey.isBlank()) {
      throw new IllegalArgumentException("The sub secret key is empty");
    }
    this.subSecretKey = subSecretKey;
  }

  /**
   * The {@code sub} of {@code identity} (the RNIPP-returned one) for the entity {@code entityId}.
   */
  public String forEntity(String entityId, PivotIdentity identity) {
    String input = entityId + identityHash(identity) + subSecretKey;
    return HexFormat.of().formatHex(sha256(input.getBytes(StandardCharsets.UTF_8))) + VERSION;
  }

  /** Base64 SHA-256 of the identity's serial string, read as Node reads a "binary" string. */
  static String identityHash(PivotIdentity identity) {
    return Base64.getEncoder().encodeToString(sha256(nodeBinary(serial(identity))));
  }

  /** The birthplace is already {@code ""} for people born abroad, as the formula wants. */
  static String serial(PivotIdentity identity) {
    return identity.givenName()
        + identity.familyName()
        + identity.birthdate()
        + identity.gender()
        + identity.birthplace()
        + identity.birthcountry();
  }

  /**
   * Node's "binary" (latin-1) encoding: the low byte of each UTF-16 code unit. Java's ISO-8859-1
   * encoder would write '?' for characters above U+00FF instead, and so give other subs than
   * FranceConnect.
   */
  static byte[] nodeBinary(String text) {
    byte[] bytes = new byte[text.length()];
    for (int i = 0; i < text.length(); i++) {
      bytes[i] = (byte) text.charAt(i);
    }
    return bytes;
  }

  @Override
  public String toString() {
    return "PairwiseSubject[secret withheld]";
  }

  private static byte[] sha256(byte[] input) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(input);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
