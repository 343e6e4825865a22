package fr.fc.citizen.web;

import java.security.Key;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.VerificationJwkSelector;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.keys.resolvers.VerificationKeyResolver;
import org.jose4j.lang.JoseException;
import org.jose4j.lang.UnresolvableKeyException;

/**
 * fc's signing keys, from its JWKS, kept for {@link #LIFETIME} (fc's own max-age, contract section
 * 1.1) and fetched again once when a token names a key the set lacks (a key rotation), at most
 * every {@link #MIN_REFETCH_INTERVAL}.
 */
final class FcKeys implements VerificationKeyResolver {

  static final Duration LIFETIME = Duration.ofMinutes(10);
  static final Duration MIN_REFETCH_INTERVAL = Duration.ofSeconds(5);

  /** Where the JWKS comes from: fc's {issuer}/jwks, as JSON. */
  @FunctionalInterface
  interface Source {
    String fetch() throws LoginFailedException;
  }

  /** The source failed: carried through jose4j, which knows only its own exceptions. */
  static final class Unavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unavailable(LoginFailedException cause) {
      super(cause.getMessage(), cause);
    }

    LoginFailedException failure() {
      return (LoginFailedException) getCause();
    }
  }

  private record Snapshot(List<JsonWebKey> keys, Instant fetchedAt) {}

  private final Source source;
  private final Clock clock;
  private volatile Snapshot snapshot;

  FcKeys(Source source, Clock clock) {
    this.source = source;
    this.clock = clock;
  }

  @Override
  public Key resolveKey(JsonWebSignature jws, List<JsonWebStructure> nestingContext) throws UnresolvableKeyException {
    Snapshot current = snapshot;
    if (current == null || clock.instant().isAfter(current.fetchedAt().plus(LIFETIME))) {
      current = fetch(current);
    }
    JsonWebKey key = select(jws, current);
    if (key == null && !clock.instant().isBefore(current.fetchedAt().plus(MIN_REFETCH_INTERVAL))) {
      key = select(jws, fetch(current));
    }
    if (key == null) {
      throw new UnresolvableKeyException("No key of fc's JWKS matches the token's header (kid " + jws.getKeyIdHeaderValue() + ")");
    }
    return key.getKey();
  }

  /** Fetches the set, unless another thread did since {@code seen} was read. */
  private synchronized Snapshot fetch(Snapshot seen) {
    if (snapshot != seen && snapshot != null) {
      return snapshot;
    }
    try {
      List<JsonWebKey> keys = new JsonWebKeySet(source.fetch()).getJsonWebKeys();
      snapshot = new Snapshot(List.copyOf(keys), clock.instant());
      return snapshot;
    } catch (LoginFailedException e) {
      throw new Unavailable(e);
    } catch (JoseException e) {
      throw new Unavailable(new LoginFailedException(LoginFailure.UNAVAILABLE, "fc's JWKS is not a key set: " + e.getMessage()));
    }
  }

  private static JsonWebKey select(JsonWebSignature jws, Snapshot snapshot) throws UnresolvableKeyException {
    try {
      return new VerificationJwkSelector().select(jws, snapshot.keys());
    } catch (JoseException e) {
      throw new UnresolvableKeyException("Cannot select a key of fc's JWKS", e);
    }
  }
}
