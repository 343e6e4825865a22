package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.audit.AuditEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A node killed (SIGKILL) while citizens log in through the load balancer: the logins in flight
 * finish on the other node, or fail once and succeed when the citizen tries again; no audit event
 * is lost; the node comes back, rejoins the grid and takes traffic again. While it restarts, one
 * citizen goes on logging in: four would take the 2 cores the restart needs and make it last
 * minutes, which tells nothing more about the cluster.
 */
@ExtendWith(SystemTest.class)
class NodeCrashIT {

  private static final int CITIZENS = 4;
  private static final long PHASE_SECONDS = 15;

  @Test
  void aNodeKilledUnderLoadLosesNoLoginAndNoAuditEvent(FcPlatform fc) throws Exception {
    FcNode a = fc.firstNode();
    FcNode b = fc.secondNode();
    Path work = Path.of(System.getProperty("fc.it.work"));
    Load load;
    long killed;
    long restarted;
    long rejoined;
    Instant backAt;
    try (LoadBalancer balancer = LoadBalancer.start(work, List.of(a, b))) {
      load = Load.start(fc, balancer, CITIZENS);
      load.await(PHASE_SECONDS);
      killed = System.nanoTime();
      b.kill();
      load.await(PHASE_SECONDS);
      restarted = System.nanoTime();
      load.keep(1);
      b.startAfterKill();
      balancer.awaitUp(b, java.time.Duration.ofSeconds(30));
      rejoined = System.nanoTime();
      backAt = Instant.now();
      load.keep(CITIZENS);
      load.await(PHASE_SECONDS);
      load.stop();
    }

    List<Load.Attempt> attempts = load.attempts();
    String report = Load.report(attempts, killed, restarted, rejoined);
    System.out.println(report);
    Files.writeString(work.resolve("cluster-report.txt"), report);

    assertTrue(attempts.stream().anyMatch(at -> at.began() < killed && at.ended() > killed), "logins were in flight at the kill");
    assertTrue(Load.failuresRecovered(attempts), "every failed login succeeded when retried:\n" + report);
    assertTrue(attempts.stream().anyMatch(at -> Load.completedWhileRestarting(at, restarted, rejoined)), "logins completed while node b restarted:\n" + report);
    List<String> completed = attempts.stream().filter(Load.Attempt::completed).map(Load.Attempt::flowId).toList();
    Set<String> incomplete = flowsMissingEvents(fc, completed);
    assertEquals(Set.of(), incomplete, "each completed login's events are all in the trail; what it holds of them: " + eventsOf(fc, incomplete)
        + "; the load's logins: " + attempts.stream().filter(at -> incomplete.contains(at.flowId())).toList() + ", killed at " + killed);
    assertTrue(
        AuditTrailRows.all(fc).stream().anyMatch(row -> "node-b".equals(row.record().node()) && row.record().occurredAt().isAfter(backAt)),
        "the node back in rotation serves logins again");
    AuditTrailRows.verify(fc);
    awaitNoticesSent(fc);
  }

  /** Each flow's events in the trail, with the node that recorded each: what a failure needs to be understood. */
  private static Map<String, List<String>> eventsOf(FcPlatform fc, Set<String> flows) throws Exception {
    return AuditTrailRows.all(fc).stream()
        .filter(row -> flows.contains(row.record().flowId()))
        .collect(Collectors.groupingBy(
            row -> row.record().flowId(),
            Collectors.mapping(row -> row.record().event() + "@" + row.record().node() + "@" + row.record().occurredAt(), Collectors.toList())));
  }

  /** Until the e-mails of the load's logins have left the nodes' queues, so that the next tests' are not behind them. */
  private static void awaitNoticesSent(FcPlatform fc) throws Exception {
    long before = -1;
    for (int attempt = 0; attempt < 60; attempt++) {
      long notices;
      try (Connection database = fc.database();
          ResultSet count =
              database.createStatement().executeQuery(
                  "SELECT COUNT(*) FROM audit_event WHERE event IN ('LOGIN_NOTICE_SENT', 'LOGIN_NOTICE_FAILED')")) {
        count.next();
        notices = count.getLong(1);
      }
      if (notices == before) {
        return;
      }
      before = notices;
      Thread.sleep(2000);
    }
  }

  /** The completed logins whose steps are not all in the trail, once the restarted node has replayed its journal. */
  private static Set<String> flowsMissingEvents(FcPlatform fc, List<String> flows) throws Exception {
    Set<String> missing = Set.copyOf(flows);
    for (int attempt = 0; attempt < 60 && !missing.isEmpty(); attempt++) {
      Map<String, Set<AuditEvent>> events =
          AuditTrailRows.all(fc).stream()
              .filter(row -> row.record().flowId() != null)
              .collect(Collectors.groupingBy(row -> row.record().flowId(), Collectors.mapping(row -> row.record().event(), Collectors.toSet())));
      missing = flows.stream().filter(flow -> !events.getOrDefault(flow, Set.of()).containsAll(AuditTrailRows.COMPLETE_LOGIN)).collect(Collectors.toSet());
      Thread.sleep(missing.isEmpty() ? 0 : 1000);
    }
    return missing;
  }

  /** Citizens logging in through the load balancer, each again as soon as its login ends, until stopped. */
  static final class Load {

    /** One login: when it began and ended (System.nanoTime), its flow, and what went wrong if it failed. */
    record Attempt(int citizen, long began, long ended, String flowId, String failure) {
      boolean completed() {
        return failure == null;
      }
    }

    private final List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());
    private final List<Thread> citizens = new ArrayList<>();
    private volatile boolean running = true;
    private volatile int active;

    static Load start(FcPlatform fc, LoadBalancer balancer, int count) {
      Load load = new Load();
      load.active = count;
      for (int citizen = 0; citizen < count; citizen++) {
        int number = citizen;
        Thread thread = new Thread(() -> load.loginAgainAndAgain(fc, balancer, number), "citizen-" + citizen);
        load.citizens.add(thread);
        thread.start();
      }
      return load;
    }

    private void loginAgainAndAgain(FcPlatform fc, LoadBalancer balancer, int citizen) {
      while (running && !Thread.currentThread().isInterrupted()) {
        if (citizen >= active) {
          pause();
          continue;
        }
        long began = System.nanoTime();
        String flowId = null;
        String failure = null;
        try {
          flowId = new RoutedLogin(fc, new Browser(), List.of(balancer.url())).run(true).flowId();
        } catch (Exception | AssertionError e) {
          failure = String.valueOf(e.getMessage()).lines().findFirst().orElse("?");
        }
        attempts.add(new Attempt(citizen, began, System.nanoTime(), flowId, failure));
      }
    }

    /** Only the first citizens log in from now on; the others wait until they are let in again. */
    void keep(int citizens) {
      active = citizens;
    }

    private static void pause() {
      try {
        TimeUnit.MILLISECONDS.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    void await(long seconds) throws InterruptedException {
      TimeUnit.SECONDS.sleep(seconds);
    }

    void stop() throws InterruptedException {
      running = false;
      for (Thread citizen : citizens) {
        citizen.join();
      }
    }

    List<Attempt> attempts() {
      return List.copyOf(attempts);
    }

    /** Whether the attempt is one of the citizen kept logging in while the killed node restarted, and completed. */
    static boolean completedWhileRestarting(Attempt attempt, long restarted, long rejoined) {
      return attempt.citizen() == 0 && attempt.completed() && attempt.began() > restarted && attempt.ended() < rejoined;
    }

    /** Whether each citizen's failed login was followed by one that completed. */
    static boolean failuresRecovered(List<Attempt> attempts) {
      Map<Integer, List<Attempt>> byCitizen = attempts.stream().collect(Collectors.groupingBy(Attempt::citizen));
      for (List<Attempt> own : byCitizen.values()) {
        for (int i = 0; i < own.size(); i++) {
          if (!own.get(i).completed() && (i + 1 == own.size() || !own.get(i + 1).completed())) {
            return false;
          }
        }
      }
      return true;
    }

    static String report(List<Attempt> attempts, long killed, long restarted, long rejoined) {
      List<Attempt> inFlight = attempts.stream().filter(a -> a.began() < killed && a.ended() > killed).toList();
      List<Attempt> failed = attempts.stream().filter(a -> !a.completed()).toList();
      long both = attempts.stream().filter(a -> a.completed() && a.ended() < killed).count();
      long alone = attempts.stream().filter(a -> a.completed() && a.began() > killed && a.ended() < restarted).count();
      Set<String> failures = new HashSet<>();
      failed.forEach(a -> failures.add(a.failure()));
      return String.join(
          "\n",
          "Node killed under load (SIGKILL), " + CITIZENS + " citizens through HAProxy:",
          "  logins: " + attempts.size() + ", completed " + attempts.stream().filter(Attempt::completed).count() + ", failed " + failed.size(),
          "  in flight at the kill: " + inFlight.size() + ", of which completed " + inFlight.stream().filter(Attempt::completed).count(),
          "  failed logins retried with success: " + (failuresRecovered(attempts) ? "all" : "not all"),
          "  what the failed ones got: " + failures,
          "  node restarted " + TimeUnit.NANOSECONDS.toSeconds(restarted - killed) + " s after the kill, back in rotation "
              + TimeUnit.NANOSECONDS.toSeconds(rejoined - restarted) + " s after its restart",
          "  throughput, 2 nodes: " + String.format("%.1f", both / (double) PHASE_SECONDS) + " logins/s; 1 node: "
              + String.format("%.1f", alone / (double) TimeUnit.NANOSECONDS.toSeconds(restarted - killed)) + " logins/s (2 cores shared by both nodes, the sandbox and the citizens)",
          "  logins completed by the one citizen left while the node restarted: "
              + attempts.stream().filter(a -> completedWhileRestarting(a, restarted, rejoined)).count(),
          "");
    }
  }
}
