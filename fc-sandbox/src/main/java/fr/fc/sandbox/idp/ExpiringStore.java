package fr.fc.sandbox.idp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;

/**
 * Values kept in memory for a fixed time under random ids. The sandbox is one process, so memory is
 * enough; expired values are purged whenever a new one is added.
 */
final class ExpiringStore<V> {

  private record Entry<V>(V value, Instant expiry) {}

  private final ConcurrentMap<String, Entry<V>> entries = new ConcurrentHashMap<>();
  private final Duration lifetime;
  private final Clock clock;

  ExpiringStore(Duration lifetime, Clock clock) {
    this.lifetime = lifetime;
    this.clock = clock;
  }

  /** Keeps the value and returns its new id. */
  String add(V value) {
    Instant now = clock.instant();
    entries.values().removeIf(entry -> !entry.expiry().isAfter(now));
    String id = RandomTokens.next();
    entries.put(id, new Entry<>(value, now.plus(lifetime)));
    return id;
  }

  /** The value under the id, if it has not expired; it stays. */
  Optional<V> find(String id) {
    return live(id == null ? null : entries.get(id));
  }

  /** The value under the id, if it has not expired; it is gone afterwards (single use). */
  Optional<V> take(String id) {
    return live(id == null ? null : entries.remove(id));
  }

  void removeIf(Predicate<V> condition) {
    entries.values().removeIf(entry -> condition.test(entry.value()));
  }

  private Optional<V> live(Entry<V> entry) {
    if (entry == null || !entry.expiry().isAfter(clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(entry.value());
  }
}
