package fr.fc.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fr.fc.audit.AuditJournal.Entry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditJournalTest {

  @TempDir Path directory;

  private static AuditRecord record(String userAgent) {
    return new AuditRecord(
        AuditEvent.AUTHORIZE_INITIATED, Instant.parse("2026-12-03T09:00:00.123456Z"), null, "flow", "sp", null, null,
        null, "::1", userAgent, "node-a");
  }

  @Test
  void whatWasAppendedIsReadBackAfterTheProcessIsGone() {
    AuditJournal journal = new AuditJournal(directory);
    journal.append(record("Mozilla/5.0"));
    journal.append(record("back\\slash, \\N, \\t"));
    // no close: as if the process had been killed

    List<Entry> replayed = new AuditJournal(directory).after(0);

    assertEquals(List.of(new Entry(1, record("Mozilla/5.0")), new Entry(2, record("back\\slash, \\N, \\t"))), replayed);
  }

  @Test
  void numbersGoOnAcrossRestartsUnderTheSameIdAndANewDirectoryHasANewId(@TempDir Path another) {
    AuditJournal first = new AuditJournal(directory);
    first.append(record("a"));
    first.append(record("b"));
    first.close();

    AuditJournal second = new AuditJournal(directory);
    assertEquals(3, second.append(record("c")).seq());
    assertEquals(first.id(), second.id());
    assertNotEquals(first.id(), new AuditJournal(another).id());
  }

  @Test
  void segmentsWrittenToTheDatabaseGoAndTheRestStays() throws Exception {
    AuditJournal first = new AuditJournal(directory);
    first.append(record("a"));
    first.close();
    AuditJournal second = new AuditJournal(directory);
    second.append(record("b"));
    second.append(record("c"));

    second.written(1);

    try (var files = Files.list(directory)) {
      assertEquals(1, files.filter(file -> file.toString().endsWith(".journal")).count(), "the first run's segment is gone");
    }
    assertEquals(List.of(2L, 3L), second.after(0).stream().map(Entry::seq).toList());
  }

  @Test
  void aLineCutShortByACrashIsIgnored() throws Exception {
    AuditJournal journal = new AuditJournal(directory);
    journal.append(record("whole"));
    journal.close();
    try (var files = Files.list(directory)) {
      Path segment = files.filter(file -> file.toString().endsWith(".journal")).findFirst().orElseThrow();
      Files.writeString(segment, "2\tAUTHORIZE_INI", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    List<Entry> replayed = new AuditJournal(directory).after(0);

    assertEquals(List.of(new Entry(1, record("whole"))), replayed);
  }

  @Test
  void aConnectionKeepsItsCitizenAndALineOfAnOlderFcReadsWithout() throws Exception {
    AuditRecord connection =
        new AuditRecord(
            AuditEvent.REDIRECTED_TO_SP, Instant.parse("2026-12-03T09:00:01Z"), null, "flow", "sp", "idp", "eidas1",
            "sub", "::1", "agent", "node-a", null, null, "citizen-pseudonym");
    AuditJournal journal = new AuditJournal(directory);
    journal.append(connection);
    journal.close();
    try (var files = Files.list(directory)) {
      Path segment = files.filter(file -> file.toString().endsWith(".journal")).findFirst().orElseThrow();
      // A line of 14 fields, as fc wrote them before citizens' spaces.
      Files.writeString(
          segment, "2\tAUTHORIZE_INITIATED\t2026-12-03T09:00:00.123456Z\t\\N\tflow\tsp\t\\N\t\\N\t\\N\t::1\tolder\tnode-a\t\\N\t\\N\n",
          StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    List<Entry> replayed = new AuditJournal(directory).after(0);

    assertEquals(List.of(new Entry(1, connection), new Entry(2, record("older"))), replayed);
    assertEquals("citizen-pseudonym", replayed.get(0).record().citizen());
  }
}
