package fr.fc.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What an auditor looks for in the trail: every criterion optional, all of them together. Most
 * recent first, at most {@code limit} rows.
 *
 * @param from inclusive
 * @param to exclusive
 */
public record AuditQuery(
    Instant from,
    Instant to,
    String spClientId,
    String idpId,
    AuditEvent event,
    AuditEvent.Outcome outcome,
    String errorCode,
    String sub,
    String flowId,
    int limit) {

  public static final int MAX_LIMIT = 100_000;

  public AuditQuery {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be from 1 to " + MAX_LIMIT);
    }
  }

  /** The WHERE clause, with a ? for each of {@link #parameters()}. */
  String where() {
    List<String> conditions = new ArrayList<>();
    if (from != null) conditions.add("occurred_at >= ?");
    if (to != null) conditions.add("occurred_at < ?");
    if (spClientId != null) conditions.add("sp_client_id = ?");
    if (idpId != null) conditions.add("idp_id = ?");
    if (event != null) conditions.add("event = ?");
    if (outcome != null) conditions.add("event IN (" + eventsOf(outcome) + ")");
    if (errorCode != null) conditions.add("error_code = ?");
    if (sub != null) conditions.add("sub = ?");
    if (flowId != null) conditions.add("flow_id = ?");
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  List<Object> parameters() {
    List<Object> values = new ArrayList<>();
    if (from != null) values.add(java.sql.Timestamp.from(from));
    if (to != null) values.add(java.sql.Timestamp.from(to));
    if (spClientId != null) values.add(spClientId);
    if (idpId != null) values.add(idpId);
    if (event != null) values.add(event.name());
    if (errorCode != null) values.add(errorCode);
    if (sub != null) values.add(sub);
    if (flowId != null) values.add(flowId);
    return values;
  }

  // Names from the catalogue, not from the request: safe to write into the statement.
  private static String eventsOf(AuditEvent.Outcome outcome) {
    return Arrays.stream(AuditEvent.values())
        .filter(event -> event.outcome() == outcome)
        .map(event -> "'" + event.name() + "'")
        .collect(Collectors.joining(", "));
  }
}
