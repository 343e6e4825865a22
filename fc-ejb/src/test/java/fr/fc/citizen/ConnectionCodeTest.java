package fr.fc.citizen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.audit.AuditContext;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectionCodeTest {

  @Test
  void aCodeIsTheStartOfTheFlowIdAndLeadsBackToIt() {
    String flowId = AuditContext.flowIdOf("an-interaction-id");
    String code = ConnectionCode.of(flowId);
    assertTrue(code.matches("[0-9A-F]{4}-[0-9A-F]{4}"), code);
    assertTrue(flowId.startsWith(ConnectionCode.flowIdPrefix(code).orElseThrow()));
  }

  @Test
  void anythingElseIsNoCode() {
    for (String sent : new String[] {null, "", "abcd-1234", "ABCD1234", "ABCD-12345", "ABCD-123G", "%' OR 1=1 --"}) {
      assertEquals(Optional.empty(), ConnectionCode.flowIdPrefix(sent), String.valueOf(sent));
    }
  }
}
