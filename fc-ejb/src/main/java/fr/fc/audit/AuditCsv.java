package fr.fc.audit;

import fr.fc.audit.AuditChain.StoredRow;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Audit rows as CSV (RFC 4180), one header line then one line per row. A value a spreadsheet would
 * run as a formula (= + - @ at its start: a user agent or client_id chose it) gets a leading quote.
 */
public final class AuditCsv {

  public static final String HEADER =
      "id,occurred_at,event,outcome,error_code,flow_id,sp_client_id,idp_id,acr,sub,client_address,user_agent,node,actor,detail";

  private AuditCsv() {}

  public static void write(List<StoredRow> rows, Writer out) throws IOException {
    out.write(HEADER);
    out.write("\r\n");
    for (StoredRow row : rows) {
      AuditRecord r = row.record();
      String[] values = {
        Long.toString(row.id()), r.occurredAt().toString(), r.event().name(), r.outcome().name(), r.errorCode(),
        r.flowId(), r.spClientId(), r.idpId(), r.acr(), r.sub(), r.clientAddress(), r.userAgent(), r.node(),
        r.actor(), r.detail()
      };
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(field(values[i]));
      }
      out.write("\r\n");
    }
  }

  static String field(String value) {
    if (value == null) {
      return "";
    }
    String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\r") || safe.contains("\n")) {
      return '"' + safe.replace("\"", "\"\"") + '"';
    }
    return safe;
  }
}
