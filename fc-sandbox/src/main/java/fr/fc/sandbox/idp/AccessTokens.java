package fr.fc.sandbox.idp;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Opaque bearer access tokens for userinfo, 60 seconds. */
@ApplicationScoped
public class AccessTokens {

  static final Duration LIFETIME = Duration.ofSeconds(60);

  private final ExpiringStore<Authentication> tokens;

  public AccessTokens() {
    this(Clock.systemUTC());
  }

  AccessTokens(Clock clock) {
    tokens = new ExpiringStore<>(LIFETIME, clock);
  }

  String issue(Authentication authentication) {
    return tokens.add(authentication);
  }

  Optional<Authentication> find(String token) {
    return tokens.find(token);
  }

  /** Forgets the tokens of an IdP session that ended. */
  void revokeSession(String sessionId) {
    tokens.removeIf(authentication -> authentication.sessionId().equals(sessionId));
  }
}
