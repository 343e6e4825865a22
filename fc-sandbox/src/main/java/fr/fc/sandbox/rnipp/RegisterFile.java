package fr.fc.sandbox.rnipp;

import fr.fc.sandbox.rnipp.RegisterRecord.OnMatch;
import fr.fc.sandbox.rnipp.RegisterRecord.Place;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The register's records in persons.csv: a header line, then one record a line, comma-separated,
 * without quoting; given names separated by {@code |}. Every row is checked when the file is read,
 * so that a mistake stops the simulator at startup rather than answering wrongly.
 */
final class RegisterFile {

  static final String RESOURCE = "persons.csv";
  static final String HEADER =
      "id,on_match,birth_name,usage_name,given_names,sex,birthdate,birthplace,birthplace_name,"
          + "birthcountry,birthcountry_name,death_date";
  static final String FRANCE = "99100";

  private static final int FIELDS = HEADER.split(",").length;
  private static final Pattern COMMUNE = Pattern.compile("\\d[\\dAB]\\d{3}");
  private static final Pattern COUNTRY = Pattern.compile("99\\d{3}");
  private static final Set<String> SEXES = Set.of("M", "F", "I");

  private RegisterFile() {}

  /** The records of the persons.csv resource. */
  static List<RegisterRecord> read() {
    try (InputStream csv = RegisterFile.class.getResourceAsStream(RESOURCE)) {
      if (csv == null) {
        throw new IllegalStateException(RESOURCE + " is missing");
      }
      return parse(new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<RegisterRecord> parse(BufferedReader csv) throws IOException {
    if (!HEADER.equals(csv.readLine())) {
      throw new IllegalStateException(RESOURCE + " must start with the header " + HEADER);
    }
    List<RegisterRecord> records = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int lineNumber = 1;
    for (String line = csv.readLine(); line != null; line = csv.readLine()) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      try {
        RegisterRecord record = record(line.split(",", -1));
        check(ids.add(record.id()), "id used twice");
        records.add(record);
      } catch (IllegalArgumentException wrong) {
        throw new IllegalStateException(
            RESOURCE + " line " + lineNumber + ": " + wrong.getMessage(), wrong);
      }
    }
    return List.copyOf(records);
  }

  private static RegisterRecord record(String[] fields) {
    check(fields.length == FIELDS, "wrong number of fields");
    return new RegisterRecord(
        required(fields[0], "id"),
        OnMatch.valueOf(required(fields[1], "on_match").toUpperCase(Locale.ROOT)),
        required(fields[2], "birth_name"),
        fields[3],
        givenNames(fields[4]),
        sex(fields[5]),
        birthdate(fields[6]),
        birthplace(fields[7], fields[8], fields[9]),
        new Place(
            matching(fields[9], COUNTRY, "birthcountry"), required(fields[10], "country name")),
        deathDate(fields[11]));
  }

  private static List<String> givenNames(String field) {
    List<String> names = List.of(required(field, "given_names").split("\\|", -1));
    check(names.stream().noneMatch(String::isBlank), "blank given name");
    return names;
  }

  private static String sex(String field) {
    check(SEXES.contains(field), "sex must be M, F or I");
    return field;
  }

  private static String birthdate(String field) {
    check(RegisterDate.isRecordDate(field), "birthdate must be YYYY-MM-DD, YYYY-MM or YYYY");
    return field;
  }

  private static Optional<Place> birthplace(String code, String name, String country) {
    if (code.isEmpty()) {
      check(name.isEmpty(), "birthplace name without a birthplace");
      check(!FRANCE.equals(country), "born in France without a birthplace");
      return Optional.empty();
    }
    check(FRANCE.equals(country), "a birthplace outside France");
    return Optional.of(
        new Place(matching(code, COMMUNE, "birthplace"), required(name, "birthplace name")));
  }

  private static String deathDate(String field) {
    check(
        field.isEmpty() || (field.length() == 10 && RegisterDate.isRecordDate(field)),
        "death_date must be empty or YYYY-MM-DD");
    return field;
  }

  private static String matching(String field, Pattern pattern, String what) {
    check(pattern.matcher(field).matches(), what + " is not a COG code");
    return field;
  }

  private static String required(String field, String what) {
    check(!field.isBlank(), what + " is missing");
    return field;
  }

  private static void check(boolean condition, String problem) {
    if (!condition) {
      throw new IllegalArgumentException(problem);
    }
  }
}
