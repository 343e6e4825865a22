package fr.fc.audit;

import fr.fc.shared.config.GeneratedSecret;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * This node's write-ahead journal of audit events: each event is written to a local file, in the
 * kernel's hands before the step that produced it answers, so that it survives the process being
 * killed and a database being away; the trail's writer then copies it to the database and the
 * segments it has copied are deleted. Each event gets the journal's next sequence number, which the
 * database keeps unique with the journal's id (random, made with its directory), so that replaying
 * a segment twice writes nothing twice, and a new directory never reuses a number.
 */
public final class AuditJournal implements AutoCloseable {

  private static final String SUFFIX = ".journal";
  private static final long SEGMENT_BYTES = 4L * 1024 * 1024;
  private static final String ID_FILE = "journal-id";
  private static final int ID_BYTES = 16;

  private final Path directory;
  private final String id;
  /** Segments by first sequence number, with the last sequence number each holds. */
  private final TreeMap<Long, Long> segments = new TreeMap<>();
  private FileChannel current;
  private long currentFirst;
  private long currentBytes;
  private long lastSeq;

  /** Opens the journal in this directory, creating it if needed, with what earlier runs left. */
  public AuditJournal(Path directory) {
    this.directory = directory;
    try {
      Files.createDirectories(directory);
      id = GeneratedSecret.loadOrCreate(directory.resolve(ID_FILE), ID_BYTES);
      for (Path segment : segmentFiles()) {
        long first = firstSeq(segment);
        long last = read(segment).stream().mapToLong(Entry::seq).max().orElse(first - 1);
        segments.put(first, last);
        lastSeq = Math.max(lastSeq, last);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the audit journal in " + directory, e);
    }
  }

  /** An event and its sequence number on this node. */
  public record Entry(long seq, AuditRecord record) {}

  /** This journal's id, unique to its directory. */
  public String id() {
    return id;
  }

  /** Writes the event, numbered, to the current segment: it survives this process from now on. */
  public synchronized Entry append(AuditRecord record) {
    Entry entry = new Entry(lastSeq + 1, record);
    byte[] line = JournalLine.format(entry).getBytes(StandardCharsets.UTF_8);
    try {
      if (current == null) {
        openSegment(entry.seq());
      }
      ByteBuffer buffer = ByteBuffer.wrap(line);
      while (buffer.hasRemaining()) {
        current.write(buffer);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the audit journal in " + directory, e);
    }
    lastSeq = entry.seq();
    currentBytes += line.length;
    segments.put(currentFirst, lastSeq);
    return entry;
  }

  /** Every entry the files hold after this sequence number, in order. */
  public synchronized List<Entry> after(long seq) {
    List<Entry> entries = new ArrayList<>();
    try {
      for (Path segment : segmentFiles()) {
        read(segment).stream().filter(entry -> entry.seq() > seq).forEach(entries::add);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the audit journal in " + directory, e);
    }
    return entries;
  }

  /** Asks the disk to keep what was written, against a crash of the machine itself. */
  public synchronized void force() {
    try {
      if (current != null) {
        current.force(false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot sync the audit journal in " + directory, e);
    }
  }

  /** The database holds every entry up to this one: the segments holding nothing else go. */
  public synchronized void written(long seq) {
    try {
      if (current != null && lastSeq <= seq && currentBytes >= SEGMENT_BYTES) {
        current.close();
        current = null;
      }
      for (Map.Entry<Long, Long> segment : List.copyOf(segments.entrySet())) {
        boolean open = current != null && segment.getKey() == currentFirst;
        if (!open && segment.getValue() <= seq) {
          Files.deleteIfExists(segmentFile(segment.getKey()));
          segments.remove(segment.getKey());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot clean the audit journal in " + directory, e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      if (current != null) {
        current.force(false);
        current.close();
        current = null;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close the audit journal in " + directory, e);
    }
  }

  private void openSegment(long first) throws IOException {
    current =
        FileChannel.open(
            segmentFile(first), StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    currentFirst = first;
    currentBytes = current.size();
  }

  private Path segmentFile(long first) {
    return directory.resolve("%020d%s".formatted(first, SUFFIX));
  }

  private static long firstSeq(Path segment) {
    String name = segment.getFileName().toString();
    return Long.parseLong(name.substring(0, name.length() - SUFFIX.length()));
  }

  private List<Path> segmentFiles() throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(file -> file.getFileName().toString().matches("\\d{20}\\" + SUFFIX)).sorted().toList();
    }
  }

  /** The complete lines of a segment; a line cut short by a crash was never acknowledged. */
  private static List<Entry> read(Path segment) throws IOException {
    List<Entry> entries = new ArrayList<>();
    String content = Files.readString(segment, StandardCharsets.UTF_8);
    int end = content.lastIndexOf('\n');
    if (end < 0) {
      return entries;
    }
    try (BufferedReader lines = new BufferedReader(new java.io.StringReader(content.substring(0, end + 1)))) {
      for (String line; (line = lines.readLine()) != null; ) {
        if (!line.isEmpty()) {
          entries.add(JournalLine.parse(line));
        }
      }
    }
    return entries;
  }

  /** One entry per line, tab-separated, escaped; \N for null, as PostgreSQL's COPY. */
  static final class JournalLine {

    private JournalLine() {}

    static String format(Entry entry) {
      AuditRecord r = entry.record();
      StringBuilder line = new StringBuilder(384);
      line.append(entry.seq());
      for (String field :
          new String[] {
            r.event().name(), r.occurredAt().toString(), r.errorCode(), r.flowId(), r.spClientId(), r.idpId(),
            r.acr(), r.sub(), r.clientAddress(), r.userAgent(), r.node(), r.actor(), r.detail()
          }) {
        line.append('\t');
        escape(line, field);
      }
      // Only on a citizen's connection: a journal of other events stays readable by the release before.
      if (r.citizen() != null) {
        line.append('\t');
        escape(line, r.citizen());
      }
      return line.append('\n').toString();
    }

    static Entry parse(String line) {
      String[] f = line.split("\t", -1);
      // 12 fields: a line written before operators' changes were audited; 14, before citizens' spaces.
      if (f.length != 12 && f.length != 14 && f.length != 15) {
        throw new IllegalStateException("Audit journal line with " + f.length + " fields");
      }
      AuditRecord record =
          new AuditRecord(
              AuditEvent.valueOf(f[1]), Instant.parse(f[2]), unescape(f[3]), unescape(f[4]), unescape(f[5]),
              unescape(f[6]), unescape(f[7]), unescape(f[8]), unescape(f[9]), unescape(f[10]), unescape(f[11]),
              f.length >= 14 ? unescape(f[12]) : null, f.length >= 14 ? unescape(f[13]) : null,
              f.length == 15 ? unescape(f[14]) : null);
      return new Entry(Long.parseLong(f[0]), record);
    }

    private static void escape(StringBuilder line, String value) {
      if (value == null) {
        line.append("\\N");
        return;
      }
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        switch (c) {
          case '\\' -> line.append("\\\\");
          case '\t' -> line.append("\\t");
          case '\n' -> line.append("\\n");
          case '\r' -> line.append("\\r");
          default -> line.append(c);
        }
      }
    }

    private static String unescape(String value) {
      if (value.equals("\\N")) {
        return null;
      }
      if (value.indexOf('\\') < 0) {
        return value;
      }
      StringBuilder out = new StringBuilder(value.length());
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '\\' && i + 1 < value.length()) {
          char next = value.charAt(++i);
          out.append(switch (next) {
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'r' -> '\r';
            default -> next;
          });
        } else {
          out.append(c);
        }
      }
      return out.toString();
    }
  }
}
