package fr.fc.sandbox.idp;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Authorization codes: single use, 60 seconds (RFC 6749 4.1.2). */
@ApplicationScoped
public class AuthorizationCodes {

  static final Duration LIFETIME = Duration.ofSeconds(60);

  private final ExpiringStore<Authentication> codes;

  public AuthorizationCodes() {
    this(Clock.systemUTC());
  }

  AuthorizationCodes(Clock clock) {
    codes = new ExpiringStore<>(LIFETIME, clock);
  }

  String issue(Authentication authentication) {
    return codes.add(authentication);
  }

  /** What the code stands for, once: a second redemption finds nothing. */
  Optional<Authentication> redeem(String code) {
    return codes.take(code);
  }
}
