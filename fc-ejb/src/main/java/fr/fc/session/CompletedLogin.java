package fr.fc.session;

import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A login whose interaction has ended with a code: the way back to the SP it was given, kept as
 * long as the code lives so that the same form sent again is answered the same way.
 *
 * @param uid the ended interaction's id
 * @param csrfToken the token its forms carried
 * @param redirect the SP's redirect URI with code, state and iss
 */
public record CompletedLogin(String uid, String csrfToken, URI redirect) implements Serializable {

  /** Whether a form sent with this token is the login's own (constant-time comparison). */
  public boolean sentWith(String token) {
    return token != null
        && MessageDigest.isEqual(
            csrfToken.getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
  }
}
