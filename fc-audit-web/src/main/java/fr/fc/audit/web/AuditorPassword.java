package fr.fc.audit.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * An auditor's password as {@code fc.audit.auditors} keeps it:
 * {@code pbkdf2-sha256:<iterations>:<salt base64>:<hash base64>}, PBKDF2 with HMAC-SHA256 and a
 * 256-bit hash. Each stored value carries its iteration count, so raising {@link #ITERATIONS}
 * later leaves the passwords already configured valid. Operators make one with {@link #main}.
 */
public final class AuditorPassword {

  static final String SCHEME = "pbkdf2-sha256";
  static final int ITERATIONS = 210_000;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  // A stored value is configuration, but a typo in it must not make each login take minutes.
  private static final int MAX_ITERATIONS = 10_000_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  private AuditorPassword() {}

  /** The stored form of a password, with a new random salt. */
  public static String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    Base64.Encoder base64 = Base64.getEncoder();
    return String.join(
        ":",
        SCHEME,
        Integer.toString(ITERATIONS),
        base64.encodeToString(salt),
        base64.encodeToString(derive(password, salt, ITERATIONS)));
  }

  /** Whether the password is the stored one: false, never an exception, for a malformed stored value. */
  public static boolean matches(char[] password, String stored) {
    if (password == null || password.length == 0) {
      return false; // never a password; PBKDF2 may refuse an empty one
    }
    return parse(stored)
        .map(s -> MessageDigest.isEqual(derive(password, s.salt(), s.iterations()), s.hash()))
        .orElse(false);
  }

  /** Whether a stored value has the form {@link #matches} can check a password against. */
  static boolean wellFormed(String stored) {
    return parse(stored).isPresent();
  }

  private static Optional<Stored> parse(String stored) {
    if (stored == null) {
      return Optional.empty();
    }
    String[] parts = stored.trim().split(":", -1);
    if (parts.length != 4 || !SCHEME.equals(parts[0])) {
      return Optional.empty();
    }
    try {
      Stored parsed =
          new Stored(Integer.parseInt(parts[1]), Base64.getDecoder().decode(parts[2]), Base64.getDecoder().decode(parts[3]));
      boolean usable =
          parsed.iterations() >= 1
              && parsed.iterations() <= MAX_ITERATIONS
              && parsed.salt().length > 0
              && parsed.hash().length == HASH_BYTES;
      return usable ? Optional.of(parsed) : Optional.empty();
    } catch (IllegalArgumentException malformed) { // a NumberFormatException too
      return Optional.empty();
    }
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BYTES * 8);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
    } finally {
      spec.clearPassword();
    }
  }

  private record Stored(int iterations, byte[] salt, byte[] hash) {}

  /**
   * Reads a password from standard input (its first line) and prints its stored form, for
   * {@code fc.audit.auditors=alice:<printed value>}. For instance, from the unpacked WAR:
   * {@code java -cp WEB-INF/classes fr.fc.audit.web.AuditorPassword}.
   */
  public static void main(String[] args) throws IOException {
    char[] password = firstLine(System.in);
    try {
      if (password.length == 0) {
        System.err.println("Type the auditor's password on standard input, on one line.");
        System.exit(2);
      }
      System.out.println(hash(password));
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  private static char[] firstLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
      if (b != '\r') {
        line.write(b);
      }
    }
    byte[] bytes = line.toByteArray();
    CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
    char[] password = Arrays.copyOf(chars.array(), chars.limit());
    Arrays.fill(bytes, (byte) 0);
    Arrays.fill(chars.array(), '\0');
    return password;
  }
}
