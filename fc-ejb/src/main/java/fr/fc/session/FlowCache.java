package fr.fc.session;

import java.io.Serializable;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.Factory;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;
import javax.cache.expiry.ExpiryPolicy;
import javax.cache.expiry.ModifiedExpiryPolicy;

/** Opens (or creates, once per cluster) a JCache of flow state whose entries expire on their own. */
final class FlowCache {

  /** From when an entry's lifetime counts. */
  enum Expiry {
    /** Its creation: a code, a token, an interaction. */
    AFTER_CREATION,
    /** Its last write: a session that slides with each use (a read alone does not slide it). */
    AFTER_LAST_WRITE;

    Factory<ExpiryPolicy> policy(Duration lifetime) {
      return this == AFTER_CREATION ? CreatedExpiryPolicy.factoryOf(lifetime) : ModifiedExpiryPolicy.factoryOf(lifetime);
    }
  }

  private FlowCache() {}

  static <V extends Serializable> Cache<String, V> open(
      CacheManager manager, String name, Class<V> type, long lifetimeSeconds, Expiry expiry) {
    Cache<String, V> cache = manager.getCache(name, String.class, type);
    if (cache != null) {
      return cache;
    }
    MutableConfiguration<String, V> configuration =
        new MutableConfiguration<String, V>()
            .setTypes(String.class, type)
            .setStoreByValue(true)
            .setExpiryPolicyFactory(expiry.policy(new Duration(TimeUnit.SECONDS, lifetimeSeconds)));
    try {
      return manager.createCache(name, configuration);
    } catch (CacheException createdMeanwhile) {
      return manager.getCache(name, String.class, type);
    }
  }
}
