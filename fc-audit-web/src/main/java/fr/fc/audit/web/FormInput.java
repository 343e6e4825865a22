package fr.fc.audit.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a GET form sent, field by field: the value to show back in the form, and for a field that
 * is wrong, the key of its message in AuditMessages. A wrong value is never an exception.
 */
public final class FormInput {

  static final int MAX_LENGTH = 100;

  private final Function<String, String> parameters;
  private final Map<String, String> values = new LinkedHashMap<>();
  private final Map<String, String> errors = new LinkedHashMap<>();

  /** @param parameters a request parameter's value by name, null when absent */
  FormInput(Function<String, String> parameters) {
    this.parameters = parameters;
  }

  /** A free text, trimmed: null when empty or wrong. */
  String text(String field) {
    String value = read(field);
    return value == null || value.isEmpty() ? null : value;
  }

  /**
   * A day (yyyy-MM-dd, as a date field sends it): {@code whenAbsent} when the request does not
   * have the field at all, null when it has it empty or wrong.
   */
  LocalDate day(String field, LocalDate whenAbsent) {
    if (parameters.apply(field) == null) {
      values.put(field, whenAbsent.toString());
      return whenAbsent;
    }
    String value = read(field);
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      LocalDate day = LocalDate.parse(value);
      if (day.getYear() >= 1 && day.getYear() <= 9999) { // what a database timestamp holds
        return day;
      }
    } catch (DateTimeParseException e) {
      // rejected below
    }
    reject(field, "error.day");
    return null;
  }

  /** A day that cannot be left out: {@code fallback} when the field is absent or empty, null when wrong. */
  LocalDate requiredDay(String field, LocalDate fallback) {
    String raw = parameters.apply(field);
    if (raw == null || raw.isBlank()) {
      values.put(field, fallback.toString());
      return fallback;
    }
    return day(field, fallback);
  }

  /** A value of the list the field offers: null when empty or wrong. */
  <E extends Enum<E>> E choice(String field, Class<E> type) {
    String value = text(field);
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      reject(field, "error.choice");
      return null;
    }
  }

  /** Marks the field wrong, unless it already is. */
  void reject(String field, String messageKey) {
    errors.putIfAbsent(field, messageKey);
  }

  private String read(String field) {
    String raw = parameters.apply(field);
    String value = raw == null ? "" : raw.trim();
    values.put(field, value);
    if (value.length() > MAX_LENGTH) {
      reject(field, "error.length");
      return null;
    }
    return value;
  }

  /** The field's value as sent (trimmed), to show back in the form. */
  public String value(String field) {
    return values.getOrDefault(field, "");
  }

  public boolean hasError(String field) {
    return errors.containsKey(field);
  }

  /** The key of the field's message in AuditMessages, null when the field is right. */
  public String error(String field) {
    return errors.get(field);
  }

  public boolean valid() {
    return errors.isEmpty();
  }

  /** The fields that are wrong, in the form's order. */
  public Map<String, String> errors() {
    return Collections.unmodifiableMap(errors);
  }

  /** Every field read, as a URL query (no leading '?'): the same search, e.g. for the CSV export. */
  public String queryString() {
    return values.entrySet().stream()
        .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
