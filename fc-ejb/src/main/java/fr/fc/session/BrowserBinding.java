package fr.fc.session;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Binds an interaction to the browser that started it (ASVS 3.5.1, 10.1.2). The browser holds a
 * secret in its interaction cookie, set by the authorization request only; the interaction's id
 * is a hash of that secret and its CSRF token a MAC keyed by it. Knowing an interaction's id, which
 * travels in URLs, neither finds its secret nor forges its forms: every step after authorize
 * proves, with the cookie, that it comes from the browser that started the login.
 */
public final class BrowserBinding {

  /** Longer values are no secret of fc's (256 random bits are 43 characters). */
  private static final int MAX_SECRET_LENGTH = 64;

  private BrowserBinding() {}

  /** A new browser's secret, for its interaction cookie. */
  public static String newSecret() {
    return OpaqueIds.next();
  }

  /** The id of the interaction that the secret started. */
  public static String interactionUid(String secret) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(("fc-interaction:" + secret).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** The CSRF token of the interaction's forms: only the browser holding the secret can know it. */
  public static String csrfToken(String secret, String uid) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] tag = mac.doFinal(("csrf:" + uid).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /** Whether a cookie's value may be a secret of fc's at all, before any hash of it. */
  public static boolean isWellFormed(String secret) {
    return secret != null && !secret.isEmpty() && secret.length() <= MAX_SECRET_LENGTH;
  }

  /** Whether the browser's secret (its cookie, possibly absent) is the one that started the interaction. */
  public static boolean holds(String secret, String uid) {
    return isWellFormed(secret)
        && uid != null
        && MessageDigest.isEqual(
            interactionUid(secret).getBytes(StandardCharsets.US_ASCII), uid.getBytes(StandardCharsets.US_ASCII));
  }
}
