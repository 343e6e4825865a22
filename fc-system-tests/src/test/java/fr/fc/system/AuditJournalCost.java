package fr.fc.system;

import fr.fc.audit.AuditEvent;
import fr.fc.audit.AuditJournal;
import fr.fc.audit.AuditRecord;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * What the audit trail costs a login's request threads, measured in this JVM with fc's own
 * journal: one write per event to a file, as each step journals its event before it answers.
 * CPU time of this thread per event, after warming the JIT up. (The copy to the database runs on
 * fc's timer thread, in batches, and shows in fc's CPU as "other".)
 */
final class AuditJournalCost {

  private static final int WARM_UP = 100_000;
  private static final int MEASURED = 100_000;

  private AuditJournalCost() {}

  static double microsPerEvent() throws Exception {
    Path directory = Files.createTempDirectory("audit-journal-cost");
    try (AuditJournal journal = new AuditJournal(directory)) {
      AuditRecord record =
          new AuditRecord(
              AuditEvent.TOKEN_ISSUED, Instant.now(), null, "f".repeat(64), "sandbox-demo-sp", "impots", "eidas1",
              "s".repeat(66), "127.0.0.1", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
              "server@node");
      append(journal, record, WARM_UP);
      ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
      long start = cpu.getCurrentThreadCpuTime();
      append(journal, record, MEASURED);
      return (cpu.getCurrentThreadCpuTime() - start) / 1e3 / MEASURED;
    } finally {
      try (var files = Files.list(directory)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(directory);
    }
  }

  private static void append(AuditJournal journal, AuditRecord record, int events) {
    for (int i = 0; i < events; i++) {
      journal.append(record);
      if (i % 10_000 == 0) {
        journal.written(Long.MAX_VALUE);
      }
    }
  }
}
