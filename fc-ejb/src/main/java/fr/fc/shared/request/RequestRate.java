package fr.fc.shared.request;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many requests each key (a client, an address) may send: a token bucket per key, filled at
 * the rate and holding {@link #BURST_SECONDS} seconds of it, so that a burst passes and a flood does
 * not. The keys are kept in a bounded map, the least recently used forgotten first: a flood of
 * made-up keys costs memory up to the bound, never more.
 */
public final class RequestRate {

  /** How many seconds of the rate a key may spend at once. */
  public static final int BURST_SECONDS = 2;

  private final double perSecond;
  private final Clock clock;
  private final Map<String, Bucket> buckets;

  /**
   * @param perSecond the requests a key may send each second, sustained
   * @param keys how many keys are remembered at most
   */
  public RequestRate(int perSecond, int keys, Clock clock) {
    this.perSecond = perSecond;
    this.clock = clock;
    this.buckets =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > keys;
          }
        };
  }

  /** Whether the key may send a request now; nothing is spent, and a key never seen is not remembered. */
  public synchronized boolean allows(String key) {
    Bucket known = buckets.get(key);
    return known == null || refilled(known).tokens >= 1;
  }

  /** Spends one request of the key's, if it has one left. */
  public synchronized boolean take(String key) {
    Bucket bucket = bucket(key);
    if (bucket.tokens < 1) {
      return false;
    }
    bucket.tokens--;
    return true;
  }

  /** Spends one request of the key's, even past its rate: one it sent after being allowed. */
  public synchronized void spend(String key) {
    bucket(key).tokens--;
  }

  /** How long the key must wait before its next request is allowed; zero when it may send now. */
  public synchronized Duration wait(String key) {
    Bucket known = buckets.get(key);
    if (known == null) {
      return Duration.ZERO;
    }
    double missing = 1 - refilled(known).tokens;
    return missing <= 0 ? Duration.ZERO : Duration.ofMillis((long) Math.ceil(missing * 1000 / perSecond));
  }

  private Bucket bucket(String key) {
    return refilled(buckets.computeIfAbsent(key, absent -> new Bucket(perSecond * BURST_SECONDS, clock.millis())));
  }

  private Bucket refilled(Bucket bucket) {
    long now = clock.millis();
    bucket.tokens = Math.min(perSecond * BURST_SECONDS, bucket.tokens + (now - bucket.filledAt) * perSecond / 1000);
    bucket.filledAt = now;
    return bucket;
  }

  private static final class Bucket {
    private double tokens;
    private long filledAt;

    private Bucket(double tokens, long filledAt) {
      this.tokens = tokens;
      this.filledAt = filledAt;
    }
  }
}
