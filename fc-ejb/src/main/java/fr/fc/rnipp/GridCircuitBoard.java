package fr.fc.rnipp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.Duration;
import javax.cache.expiry.ModifiedExpiryPolicy;

/**
 * The circuit board in a JCache of the data grid, shared by the cluster's nodes: one entry, the
 * latest notice. It expires {@link #LIFETIME} after it was last written, so an open circuit that no
 * node closed (all stopped during the outage) cannot outlive the outage by long.
 */
@ApplicationScoped
public class GridCircuitBoard implements CircuitBoard {

  static final String CACHE = "fc-register-circuit";
  private static final String KEY = "register";
  // Expiry from the last write, not the first: nodes that reopen during a long outage keep it open.
  private static final Duration LIFETIME = new Duration(TimeUnit.MINUTES, 10);
  private static final int WRITE_ATTEMPTS = 3;

  @Inject private CacheManager cacheManager;

  private volatile Cache<String, CircuitNotice> cache;

  @Override
  public Optional<CircuitNotice> read() {
    return Optional.ofNullable(cache().get(KEY));
  }

  @Override
  public void post(CircuitNotice notice) {
    Cache<String, CircuitNotice> board = cache();
    // A conditional write, again when another node wrote in between: the later decision wins.
    for (int attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
      CircuitNotice posted = board.get(KEY);
      if (posted != null && !notice.isNewerThan(posted.changedAt())) {
        return;
      }
      if (posted == null ? board.putIfAbsent(KEY, notice) : board.replace(KEY, posted, notice)) {
        return;
      }
    }
    // Still contended: other nodes keep posting, and the newest of their notices stands.
  }

  // Opened on first use, not at construction, so that a grid that fails throws to the circuit,
  // which carries on without the board, rather than failing the bean and every login with it.
  private Cache<String, CircuitNotice> cache() {
    if (cache == null) {
      cache = open();
    }
    return cache;
  }

  private Cache<String, CircuitNotice> open() {
    Cache<String, CircuitNotice> existing = cacheManager.getCache(CACHE, String.class, CircuitNotice.class);
    if (existing != null) {
      return existing;
    }
    MutableConfiguration<String, CircuitNotice> configuration =
        new MutableConfiguration<String, CircuitNotice>()
            .setTypes(String.class, CircuitNotice.class)
            .setStoreByValue(true)
            .setExpiryPolicyFactory(ModifiedExpiryPolicy.factoryOf(LIFETIME));
    try {
      return cacheManager.createCache(CACHE, configuration);
    } catch (CacheException createdMeanwhile) {
      return cacheManager.getCache(CACHE, String.class, CircuitNotice.class);
    }
  }
}
