package fr.fc.session;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import javax.cache.Cache;
import javax.cache.CacheManager;

/** Authorization codes, single use, for the contract's 30 seconds. */
@ApplicationScoped
public class AuthorizationCodes {

  static final long LIFETIME_SECONDS = 30;

  @Inject private CacheManager cacheManager;

  private Cache<String, AuthorizationCode> cache;

  @PostConstruct
  void open() {
    cache = FlowCache.open(cacheManager, "fc-authorization-codes", AuthorizationCode.class, LIFETIME_SECONDS);
  }

  public void store(AuthorizationCode code) {
    cache.put(code.code(), code);
  }

  /** The code's grant, removed in the same step: a second redemption finds nothing. */
  public Optional<AuthorizationCode> redeem(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(cache.getAndRemove(code));
  }
}
