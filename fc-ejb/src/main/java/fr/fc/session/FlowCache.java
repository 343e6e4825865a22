package fr.fc.session;

import java.io.Serializable;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;

/** Opens (or creates, once per cluster) a JCache of flow state whose entries expire on their own. */
final class FlowCache {

  private FlowCache() {}

  static <V extends Serializable> Cache<String, V> open(
      CacheManager manager, String name, Class<V> type, long lifetimeSeconds) {
    Cache<String, V> cache = manager.getCache(name, String.class, type);
    if (cache != null) {
      return cache;
    }
    MutableConfiguration<String, V> configuration =
        new MutableConfiguration<String, V>()
            .setTypes(String.class, type)
            .setStoreByValue(true)
            .setExpiryPolicyFactory(
                CreatedExpiryPolicy.factoryOf(new Duration(TimeUnit.SECONDS, lifetimeSeconds)));
    try {
      return manager.createCache(name, configuration);
    } catch (CacheException createdMeanwhile) {
      return manager.getCache(name, String.class, type);
    }
  }
}
