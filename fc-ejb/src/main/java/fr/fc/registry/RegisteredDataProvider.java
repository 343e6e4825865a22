package fr.fc.registry;

import java.util.Set;

/**
 * A data provider as the checktoken endpoint sees it: an immutable snapshot of its registration.
 *
 * @param secretHash SHA-256 (hex) of its client secret: fc verifies it, never keeps it
 * @param scopes the data scopes it serves, the only ones a checktoken answer tells it of
 * @param previousSecret its secret before the last rotation, while it still works; null when none
 */
public record RegisteredDataProvider(
    String uid,
    String title,
    String clientId,
    String secretHash,
    Set<String> scopes,
    String jwksUri,
    String signedResponseAlg,
    String encryptedResponseAlg,
    String encryptedResponseEnc,
    PreviousSecret previousSecret) {

  public RegisteredDataProvider {
    scopes = Set.copyOf(scopes);
  }

  /** Whether this is its client secret, or its previous one within its grace period. */
  public boolean acceptsSecret(String secret, java.time.Instant now) {
    return ClientSecrets.matches(secret, secretHash) || (previousSecret != null && previousSecret.accepts(secret, now));
  }

  public boolean serves(String scope) {
    return scopes.contains(scope);
  }

  @Override
  public String toString() {
    return "RegisteredDataProvider[uid=" + uid + "]";
  }
}
