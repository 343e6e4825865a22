package fr.fc.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.cache.HazelcastCachingProvider;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.util.UUID;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.spi.CachingProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Flow caches on a real Data Grid member (the Hazelcast Payara ships, alone on loopback): a code's
 * lifetime counts from its creation, an fc session's from its last use (contract 1.10, sliding).
 */
class FlowCacheTest {

  private static final long LIFETIME_SECONDS = 8;

  private static HazelcastInstance member;
  private static CacheManager manager;

  @BeforeAll
  static void startMember() {
    Config config = new Config().setClusterName("fc-flow-cache-test-" + UUID.randomUUID());
    config.setProperty("hazelcast.phone.home.enabled", "false");
    config.setProperty("hazelcast.logging.type", "none");
    config.getNetworkConfig().setPort(15901).setPortAutoIncrement(true);
    config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
    JoinConfig join = config.getNetworkConfig().getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(false);
    member = Hazelcast.newHazelcastInstance(config);
    CachingProvider provider = Caching.getCachingProvider(HazelcastCachingProvider.MEMBER_CACHING_PROVIDER);
    manager = provider.getCacheManager(null, null, HazelcastCachingProvider.propertiesByInstanceItself(member));
  }

  @AfterAll
  static void stopMember() {
    manager.close();
    member.shutdown();
  }

  /**
   * Three entries written together: a code, a session used again after 5 s, a session only read
   * then. At 9 s, the code and the session only read have lived their 8 s; the session used has 4 s
   * left, room enough for a pause of the machine.
   */
  @Test
  void aSessionLivesItsLifetimeAfterItsLastUseAndACodeAfterItsCreation() throws Exception {
    Cache<String, String> codes =
        FlowCache.open(manager, "codes", String.class, LIFETIME_SECONDS, FlowCache.Expiry.AFTER_CREATION);
    Cache<String, String> sessions =
        FlowCache.open(manager, "sessions", String.class, LIFETIME_SECONDS, FlowCache.Expiry.AFTER_LAST_WRITE);
    codes.put("code", "code");
    sessions.put("used", "session");
    sessions.put("read", "session");

    Thread.sleep(5_000);
    codes.put("code", "code rewritten");
    sessions.put("used", "session used");
    assertEquals("session", sessions.get("read"));
    Thread.sleep(4_000);

    assertNull(codes.get("code"), "8 s after its creation, though rewritten");
    assertNull(sessions.get("read"), "read, not used: 8 s after its last write");
    assertEquals("session used", sessions.get("used"), "4 s after its last use");
    long deadline = System.nanoTime() + 15_000_000_000L;
    while (sessions.get("used") != null && System.nanoTime() < deadline) {
      Thread.sleep(250);
    }
    assertNull(sessions.get("used"), "a session not used again ends too");
  }

  @Test
  void aCacheOpenedTwiceIsTheSameCache() {
    Cache<String, String> first = FlowCache.open(manager, "shared", String.class, 30, FlowCache.Expiry.AFTER_CREATION);
    first.put("id", "value");

    Cache<String, String> second = FlowCache.open(manager, "shared", String.class, 30, FlowCache.Expiry.AFTER_CREATION);

    assertEquals("value", second.get("id"));
    assertTrue(second.getConfiguration(javax.cache.configuration.CompleteConfiguration.class).isStoreByValue());
  }
}
