package fr.fc.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.fc.audit.AuditChain.StoredRow;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

  @Test
  void oneLinePerRowQuotedWhereNeededAndNoFormula() throws Exception {
    AuditRecord record =
        new AuditRecord(AuditEvent.AUTHORIZE_REFUSED, Instant.parse("2026-12-03T10:00:00Z"), "Y030106", null,
            "=HYPERLINK(\"x\")", null, null, null, "127.0.0.1", "Mozilla, \"quoted\"", "node-a");
    StringWriter out = new StringWriter();

    AuditCsv.write(List.of(new StoredRow(7, "j", 1, record, "p", "h")), out);

    assertEquals(
        AuditCsv.HEADER + "\r\n"
            + "7,2026-12-03T10:00:00Z,AUTHORIZE_REFUSED,FAILURE,Y030106,,\"'=HYPERLINK(\"\"x\"\")\",,,,127.0.0.1,"
            + "\"Mozilla, \"\"quoted\"\"\",node-a,,\r\n",
        out.toString());
  }
}
