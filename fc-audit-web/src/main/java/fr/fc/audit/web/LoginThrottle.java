package fr.fc.audit.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Slows password guessing on the auditors' form: after {@link #MAX_FAILURES} wrong tries for one
 * name within {@link #WINDOW}, that name is refused without its password being checked until the
 * window has passed since its last failure. Names are kept in a bounded map, so that a flood of
 * made-up names cannot grow it without end (the oldest are forgotten first).
 */
final class LoginThrottle {

  static final int MAX_FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);
  private static final int MAX_NAMES = 10_000;

  private final Clock clock;
  private final Map<String, Failures> failures =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
          return size() > MAX_NAMES;
        }
      };

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** Whether a try for this name may be checked now. */
  synchronized boolean allows(String name) {
    Failures seen = failures.get(key(name));
    return seen == null || seen.count() < MAX_FAILURES || seen.last().plus(WINDOW).isBefore(clock.instant());
  }

  synchronized void failed(String name) {
    Instant now = clock.instant();
    failures.merge(
        key(name), new Failures(1, now),
        (earlier, next) -> earlier.last().plus(WINDOW).isBefore(now) ? next : new Failures(earlier.count() + 1, now));
  }

  synchronized void succeeded(String name) {
    failures.remove(key(name));
  }

  private static String key(String name) {
    return name == null ? "" : name.toLowerCase(Locale.ROOT);
  }

  private record Failures(int count, Instant last) {}
}
