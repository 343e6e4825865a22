package fr.fc.session;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.io.Serializable;
import javax.cache.Cache;
import javax.cache.CacheManager;

/**
 * A store of one kind of flow state: a JCache of the data grid, shared by the cluster's nodes,
 * whose entries expire on their own after the store's lifetime.
 */
abstract class FlowStore<V extends Serializable> {

  private final String name;
  private final Class<V> type;
  private final long lifetimeSeconds;

  @Inject private CacheManager cacheManager;

  private Cache<String, V> cache;

  protected FlowStore(String name, Class<V> type, long lifetimeSeconds) {
    this.name = name;
    this.type = type;
    this.lifetimeSeconds = lifetimeSeconds;
  }

  @PostConstruct
  void open() {
    cache = FlowCache.open(cacheManager, name, type, lifetimeSeconds);
  }

  protected Cache<String, V> cache() {
    return cache;
  }
}
