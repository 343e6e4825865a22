package fr.fc.sandbox.idp;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Authorization requests waiting for the user to log in, 30 minutes at most. */
@ApplicationScoped
public class PendingAuthorizations {

  static final Duration LIFETIME = Duration.ofMinutes(30);

  private final ExpiringStore<AuthorizationRequest> requests;

  public PendingAuthorizations() {
    this(Clock.systemUTC());
  }

  PendingAuthorizations(Clock clock) {
    requests = new ExpiringStore<>(LIFETIME, clock);
  }

  /** Keeps the request and returns the id the login form carries. */
  String add(AuthorizationRequest request) {
    return requests.add(request);
  }

  /** The request while the user is still trying to log in. */
  Optional<AuthorizationRequest> find(String id) {
    return requests.find(id);
  }

  /** The request once the user has logged in or given up: it cannot be answered twice. */
  Optional<AuthorizationRequest> take(String id) {
    return requests.take(id);
  }
}
