package fr.fc.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One of the bundled COG CSV files (UTF-8, a header line, comma-separated, quotes allowed). */
final class CogCsv {

  private final List<String> header;
  private final List<List<String>> rows;

  private CogCsv(List<String> header, List<List<String>> rows) {
    this.header = header;
    this.rows = rows;
  }

  /** Reads a file of the {@code cog} folder next to this class, from this class's class loader. */
  static CogCsv read(String fileName) {
    try (InputStream in = CogCsv.class.getResourceAsStream("cog/" + fileName)) {
      if (in == null) {
        throw new IllegalStateException("COG file missing from the classpath: " + fileName);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the COG file " + fileName, e);
    }
  }

  static CogCsv parse(BufferedReader lines) throws IOException {
    List<String> header = fields(lines.readLine());
    List<List<String>> rows = new ArrayList<>();
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      if (!line.isEmpty()) {
        rows.add(fields(line));
      }
    }
    return new CogCsv(header, rows);
  }

  /** The values of a column, one a row, {@code ""} where a row is too short to have it. */
  List<String> column(String name) {
    int index = header.indexOf(name);
    if (index < 0) {
      throw new IllegalStateException("COG file without a column " + name);
    }
    return rows.stream().map(row -> index < row.size() ? row.get(index) : "").toList();
  }

  static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"' && quoted && line.startsWith("\"", i + 1)) {
        field.append(c);
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
