package fr.fc.session;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import javax.cache.Cache;
import javax.cache.CacheManager;

/** The access tokens fc issued, for the contract's 60 seconds, unless revoked before. */
@ApplicationScoped
public class AccessTokens {

  public static final long LIFETIME_SECONDS = 60;

  @Inject private CacheManager cacheManager;

  private Cache<String, AccessToken> cache;

  @PostConstruct
  void open() {
    cache = FlowCache.open(cacheManager, "fc-access-tokens", AccessToken.class, LIFETIME_SECONDS);
  }

  public void store(AccessToken token) {
    cache.put(token.token(), token);
  }

  public Optional<AccessToken> find(String token) {
    return token == null ? Optional.empty() : Optional.ofNullable(cache.get(token));
  }

  public void revoke(String token) {
    cache.remove(token);
  }
}
