package fr.fc.session;

import fr.fc.shared.config.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;

/**
 * The FranceConnect+ ID tokens fc encrypted lately, by the SHA-256 of the JWE, with the JWS each one
 * holds: an SP may send the JWE back as its logout's id_token_hint, which fc cannot decrypt (it is
 * the SP's), and must recognise. Kept as long as an fc session lives: a later logout ends none.
 */
@ApplicationScoped
public class EncryptedIdTokens extends FlowStore<String> {

  private static final int JWE_PARTS = 5;

  public EncryptedIdTokens() {
    super("fc-encrypted-id-tokens", String.class, Setting.SSO_SESSION_LIFETIME);
  }

  public void remember(String jwe, String jws) {
    cache().put(digest(jwe), jws);
  }

  /** The JWS inside a JWE hint fc issued lately; empty for any other hint. */
  public Optional<String> signedOf(String hint) {
    if (hint == null || hint.split("\\.", -1).length != JWE_PARTS) {
      return Optional.empty();
    }
    return Optional.ofNullable(cache().get(digest(hint)));
  }

  private static String digest(String jwe) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(jwe.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
