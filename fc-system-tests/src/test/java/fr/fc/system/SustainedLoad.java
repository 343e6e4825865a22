package fr.fc.system;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 11's sustained run: logins offered at 80 % of the measured maximum for some minutes (10 by
 * default, {@code -Dfc.benchmark.sustained-minutes}), each started at its slot of a fixed schedule
 * by one of 8 citizens, so that a slow login does not lower the load offered. A line a minute:
 * logins, errors, fc's CPU per login and resident memory; then the latency of whole logins and of
 * each of fc's steps.
 */
final class SustainedLoad {

  static final double SHARE = 0.8;
  private static final int CITIZENS = 8;
  private static final long LATE_NANOS = TimeUnit.SECONDS.toNanos(1);

  private SustainedLoad() {}

  static String run(FcPlatform fc, double maxLoginsPerSecond) throws Exception {
    int minutes = Integer.getInteger("fc.benchmark.sustained-minutes", 10);
    if (minutes <= 0) {
      return "  sustained load: not run (-Dfc.benchmark.sustained-minutes=0)\n";
    }
    double rate = SHARE * maxLoginsPerSecond;
    Schedule schedule = new Schedule(System.nanoTime(), (long) (1e9 / rate), TimeUnit.MINUTES.toNanos(minutes));
    ExecutorService pool = Executors.newFixedThreadPool(CITIZENS);
    List<Future<Void>> citizens = new ArrayList<>();
    for (int c = 0; c < CITIZENS; c++) {
      citizens.add(pool.submit(() -> schedule.loginsOf(fc)));
    }
    StringBuilder report =
        new StringBuilder("  sustained load, %.1f logins/s offered (%.0f %% of %.1f) for %d minutes, %d citizens:%n"
            .formatted(rate, SHARE * 100, maxLoginsPerSecond, minutes, CITIZENS));
    long pid = fc.serverPid();
    for (int minute = 1; minute <= minutes; minute++) {
      Map<String, Long> before = ProcessCpu.snapshot(pid);
      int loginsBefore = schedule.done.get();
      int errorsBefore = schedule.errors.get();
      TimeUnit.NANOSECONDS.sleep(Math.max(0, schedule.start + TimeUnit.MINUTES.toNanos(minute) - System.nanoTime()));
      int logins = schedule.done.get() - loginsBefore;
      long ticks = ProcessCpu.snapshot(pid).get("total") - before.get("total");
      report.append("    minute %2d: %5d logins, %d errors, fc CPU %.1f ms per login, fc RSS %d MiB%n".formatted(
          minute, logins, schedule.errors.get() - errorsBefore,
          logins == 0 ? 0 : ticks * ProcessCpu.TICK_MILLIS / logins, ProcessCpu.residentMib(pid)));
    }
    for (Future<Void> citizen : citizens) {
      citizen.get();
    }
    pool.shutdown();
    report.append("    %d logins, %d errors, %d started more than 1 s after their slot%n"
        .formatted(schedule.done.get(), schedule.errors.get(), schedule.late.get()));
    report.append(LoginBenchmark.line("whole login (sustained)", schedule.durations));
    report.append("    fc's steps (ms):\n");
    LoginBenchmark.STEPS.forEach(step -> report.append(LoginBenchmark.line(step, schedule.steps.get(step))));
    return report.toString();
  }

  /** The slots of the run, taken in turn by the citizens, and what came of them. */
  private static final class Schedule {
    final long start;
    final long interval;
    final long end;
    final AtomicLong next;
    final AtomicInteger done = new AtomicInteger();
    final AtomicInteger errors = new AtomicInteger();
    final AtomicInteger late = new AtomicInteger();
    final Collection<Long> durations = new ConcurrentLinkedQueue<>();
    final Map<String, Collection<Long>> steps = new ConcurrentHashMap<>();

    Schedule(long start, long interval, long duration) {
      this.start = start;
      this.interval = interval;
      this.end = start + duration;
      this.next = new AtomicLong(start);
    }

    Void loginsOf(FcPlatform fc) throws InterruptedException {
      for (long slot = next.getAndAdd(interval); slot < end; slot = next.getAndAdd(interval)) {
        long wait = slot - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        } else if (-wait > LATE_NANOS) {
          late.incrementAndGet();
        }
        long begun = System.nanoTime();
        try {
          LoginBenchmark.login(fc, steps);
          done.incrementAndGet();
        } catch (Exception | AssertionError e) {
          errors.incrementAndGet();
        }
        durations.add(System.nanoTime() - begun);
      }
      return null;
    }
  }
}
