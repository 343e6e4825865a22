package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.audit.AuditChain.StoredRow;
import fr.fc.audit.AuditEvent;
import fr.fc.audit.AuditVerification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No audit event of a step that answered is lost: 4 citizens log in without pause while fc's server
 * is killed (SIGKILL), or while PostgreSQL is stopped and started again; afterwards every login the
 * driver completed has each of its events in the trail, once, and the chain is intact.
 */
@ExtendWith(SystemTest.class)
class AuditDurabilityIT {

  private static final int CITIZENS = 4;

  @Test
  void eventsOfAnsweredStepsSurviveTheServerBeingKilledMidLoad(FcPlatform fc) throws Exception {
    Load load = Load.start(fc);
    load.awaitCompleted(12);
    fc.killServer();
    List<String> completed = load.stop();
    fc.startAfterKill();

    assertEveryLoginIsInTheTrail(fc, completed);
  }

  @Test
  void eventsOfAnsweredStepsSurvivePostgresqlBeingRestartedMidLoad(FcPlatform fc) throws Exception {
    Load load = Load.start(fc);
    load.awaitCompleted(8);
    fc.stopDatabase();
    int duringOutage = load.completed.size();
    Thread.sleep(3_000);
    int afterOutage = load.completed.size();
    fc.startDatabase();
    load.awaitCompleted(afterOutage + 8);
    List<String> completed = load.stop();

    System.out.printf("Logins completed: %d, %d of them while PostgreSQL was down%n", completed.size(), afterOutage - duringOutage);
    assertEveryLoginIsInTheTrail(fc, completed);
  }

  private static void assertEveryLoginIsInTheTrail(FcPlatform fc, List<String> completed) throws Exception {
    assertTrue(completed.size() >= 8, "logins completed: " + completed.size());
    Set<String> flows = Set.copyOf(completed);
    Map<String, List<AuditEvent>> byFlow = Map.of();
    for (int attempt = 0; attempt < 60; attempt++) {
      byFlow =
          AuditTrailRows.all(fc).stream()
              .filter(row -> row.record().flowId() != null && flows.contains(row.record().flowId()) && !AuditTrailRows.isNotice(row))
              .collect(Collectors.groupingBy(row -> row.record().flowId(), Collectors.mapping(row -> row.record().event(), Collectors.toList())));
      if (byFlow.size() == flows.size()
          && byFlow.values().stream().allMatch(events -> events.size() >= AuditTrailRows.COMPLETE_LOGIN.size())) {
        break;
      }
      Thread.sleep(500);
    }
    for (String flow : completed) {
      assertEquals(AuditTrailRows.COMPLETE_LOGIN, byFlow.get(flow), "the events of login " + flow);
    }
    AuditVerification.Report report = AuditTrailRows.verify(fc);
    assertTrue(report.intact(), report.findings().toString());
    System.out.printf("Logins completed: %d, each with its %d events; trail of %d rows intact%n",
        completed.size(), AuditTrailRows.COMPLETE_LOGIN.size(), report.rowsChecked());
  }

  /** Citizens logging in one login after another until stopped; the flow ids of the logins that completed. */
  private static final class Load {

    private final ConcurrentLinkedQueue<String> completed = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService citizens = Executors.newFixedThreadPool(CITIZENS);

    static Load start(FcPlatform fc) {
      Load load = new Load();
      for (int i = 0; i < CITIZENS; i++) {
        load.citizens.submit(() -> load.run(fc));
      }
      return load;
    }

    private void run(FcPlatform fc) {
      while (running.get()) {
        try {
          completed.add(AuditTrailRows.completeLogin(fc));
        } catch (Exception | AssertionError refusedOrCut) {
          pause();
        }
      }
    }

    private static void pause() {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    void awaitCompleted(int count) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
      while (completed.size() < count) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("only " + completed.size() + " logins completed");
        }
        Thread.sleep(50);
      }
    }

    List<String> stop() throws InterruptedException {
      running.set(false);
      citizens.shutdown();
      assertTrue(citizens.awaitTermination(2, TimeUnit.MINUTES));
      return new ArrayList<>(completed);
    }
  }
}
