package fr.fc.session;

import fr.fc.shared.config.Configuration;
import fr.fc.shared.config.Setting;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.Serializable;
import javax.cache.Cache;
import javax.cache.CacheManager;

/**
 * A store of one kind of flow state: a JCache of the data grid, shared by the cluster's nodes,
 * whose entries expire on their own after the store's lifetime.
 */
public abstract class FlowStore<V extends Serializable> {

  private final String name;
  private final Class<V> type;
  private final Setting lifetime;
  private final FlowCache.Expiry expiry;
  private long lifetimeSeconds;

  @Inject private CacheManager cacheManager;
  @EJB private Configuration configuration;

  private Cache<String, V> cache;

  /** @param lifetime the setting of how long an entry lives after its creation */
  protected FlowStore(String name, Class<V> type, Setting lifetime) {
    this(name, type, lifetime, FlowCache.Expiry.AFTER_CREATION);
  }

  /** @param expiry from when the lifetime counts */
  FlowStore(String name, Class<V> type, Setting lifetime, FlowCache.Expiry expiry) {
    this.name = name;
    this.type = type;
    this.lifetime = lifetime;
    this.expiry = expiry;
  }

  @PostConstruct
  protected void open() {
    lifetimeSeconds = configuration.settings().duration(lifetime).toSeconds();
    cache = FlowCache.open(cacheManager, name, type, lifetimeSeconds, expiry);
  }

  /** How long an entry lives, in seconds. */
  public long lifetimeSeconds() {
    return lifetimeSeconds;
  }

  protected Cache<String, V> cache() {
    return cache;
  }
}
