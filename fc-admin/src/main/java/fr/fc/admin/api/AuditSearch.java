package fr.fc.admin.api;

import fr.fc.audit.AuditEvent;
import fr.fc.audit.AuditQuery;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The criteria of a search, as query parameters, checked: a bad one is a 400 that names it. */
public class AuditSearch {

  private static final int MAX_LENGTH = 100;

  @QueryParam("from") String from;
  @QueryParam("to") String to;
  @QueryParam("sp") String sp;
  @QueryParam("idp") String idp;
  @QueryParam("event") String event;
  @QueryParam("outcome") String outcome;
  @QueryParam("error_code") String errorCode;
  @QueryParam("sub") String sub;
  @QueryParam("flow_id") String flowId;
  @QueryParam("limit") Integer limit;

  AuditQuery query(int defaultLimit, int maxLimit) {
    return new AuditQuery(
        instant("from", from), instant("to", to), checked("sp", sp), checked("idp", idp),
        enumValue("event", event, AuditEvent.class), enumValue("outcome", outcome, AuditEvent.Outcome.class),
        checked("error_code", errorCode), checked("sub", sub), checked("flow_id", flowId),
        limit == null ? defaultLimit : limit(limit, maxLimit));
  }

  static String checked(String name, String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    if (value.length() > MAX_LENGTH) {
      throw new AdminRequestException(name + " is longer than " + MAX_LENGTH + " characters");
    }
    return value;
  }

  static int limit(int value, int max) {
    if (value < 1 || value > max) {
      throw new AdminRequestException("limit must be from 1 to " + max);
    }
    return value;
  }

  /** An ISO instant (2026-12-03T10:00:00Z) or date (2026-12-03, its start in UTC). */
  static Instant instant(String name, String value) {
    String given = checked(name, value);
    if (given == null) {
      return null;
    }
    try {
      return given.length() == 10 ? LocalDate.parse(given).atStartOfDay(java.time.ZoneOffset.UTC).toInstant() : Instant.parse(given);
    } catch (DateTimeParseException e) {
      throw new AdminRequestException(name + " must be an ISO date or instant (2026-12-03 or 2026-12-03T10:00:00Z)");
    }
  }

  static LocalDate day(String name, String value, LocalDate otherwise) {
    String given = checked(name, value);
    if (given == null) {
      return otherwise;
    }
    try {
      return LocalDate.parse(given);
    } catch (DateTimeParseException e) {
      throw new AdminRequestException(name + " must be an ISO date (2026-12-03)");
    }
  }

  private static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
    String given = checked(name, value);
    if (given == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, given);
    } catch (IllegalArgumentException e) {
      throw new AdminRequestException(name + " is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }
}
