package fr.fc.oidc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Pattern;

/** Proof Key for Code Exchange, S256 only (RFC 7636). */
public final class Pkce {

  private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");

  private Pkce() {}

  /** BASE64URL(SHA256(ASCII(verifier))), without padding (RFC 7636 section 4.2). */
  public static String s256(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Whether a well-formed verifier hashes to the challenge, compared in constant time. */
  public static boolean verifies(String verifier, String challenge) {
    return verifier != null
        && challenge != null
        && VERIFIER.matcher(verifier).matches()
        && MessageDigest.isEqual(
            s256(verifier).getBytes(StandardCharsets.US_ASCII),
            challenge.getBytes(StandardCharsets.US_ASCII));
  }
}
