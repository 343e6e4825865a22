package fr.fc.citizen.web;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A login to the space begun in this browser and not finished yet: what the callback must find
 * again (state), what the ID token must carry (nonce, OIDC Core 3.1.2.1) and the PKCE verifier
 * (RFC 7636 4.1). Kept in the HTTP session, used once.
 */
public record LoginAttempt(String state, String nonce, String codeVerifier) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The session attribute that holds the attempt between /connexion and /callback. */
  public static final String SESSION_ATTRIBUTE = "fr.fc.citizen.web.LoginAttempt";

  static final int RANDOM_BYTES = 32;

  /** Three fresh values of 32 random bytes each, base64url without padding (43 characters). */
  public static LoginAttempt start(SecureRandom random) {
    return new LoginAttempt(randomValue(random), randomValue(random), randomValue(random));
  }

  /** The code_challenge of the S256 method: base64url(SHA-256(verifier)). */
  public String codeChallenge() {
    return Pkce.challenge(codeVerifier);
  }

  static String randomValue(SecureRandom random) {
    byte[] bytes = new byte[RANDOM_BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  @Override
  public String toString() {
    return "LoginAttempt[values withheld]";
  }
}
