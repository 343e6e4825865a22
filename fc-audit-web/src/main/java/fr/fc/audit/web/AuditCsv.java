package fr.fc.audit.web;

import fr.fc.audit.AuditChain.StoredRow;
import fr.fc.audit.AuditRecord;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Audit rows as CSV (RFC 4180: comma-separated, CRLF, quoted when needed). A value a request chose
 * (a client id, a user agent) that a spreadsheet would take for a formula gets a leading quote
 * (OWASP, "CSV Injection").
 */
final class AuditCsv {

  static final String HEADER =
      line(Stream.of(
          "id", "occurred_at", "event", "outcome", "error_code", "flow_id", "sp_client_id", "idp_id", "acr", "sub",
          "client_address", "user_agent", "node"));

  private AuditCsv() {}

  static String line(StoredRow row) {
    AuditRecord record = row.record();
    return line(Stream.of(
        Long.toString(row.id()),
        record.occurredAt().toString(),
        record.event().name(),
        record.outcome().name(),
        record.errorCode(),
        record.flowId(),
        record.spClientId(),
        record.idpId(),
        record.acr(),
        record.sub(),
        record.clientAddress(),
        record.userAgent(),
        record.node()));
  }

  private static String line(Stream<String> values) {
    return values.map(AuditCsv::field).collect(Collectors.joining(",", "", "\r\n"));
  }

  /** One value: empty for none, defused, then quoted if it holds a comma, a quote or a line break. */
  static String field(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String defused = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (defused.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')) {
      return '"' + defused.replace("\"", "\"\"") + '"';
    }
    return defused;
  }
}
