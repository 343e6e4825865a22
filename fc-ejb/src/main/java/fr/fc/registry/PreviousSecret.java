package fr.fc.registry;

import java.io.Serializable;
import java.time.Instant;

/**
 * A client secret that was rotated away: it keeps authenticating its partner until {@code validUntil},
 * so that the partner can deploy the new one without an outage.
 *
 * @param hash SHA-256 (hex) of the secret
 */
public record PreviousSecret(String hash, Instant validUntil) implements Serializable {

  /** Whether this secret is the previous one, and still within its grace period. */
  public boolean accepts(String secret, Instant now) {
    return now.isBefore(validUntil) && ClientSecrets.matches(secret, hash);
  }

  /** The previous secret of a row, if it has one. */
  static PreviousSecret of(String hash, java.time.OffsetDateTime validUntil) {
    return hash == null || validUntil == null ? null : new PreviousSecret(hash, validUntil.toInstant());
  }
}
