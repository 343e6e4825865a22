package fr.fc.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.identity.PivotIdentity;
import fr.fc.testing.JavaSerialization;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class SsoSessionBytesTest {

  private static final PivotIdentity BORN_IN_FRANCE =
      new PivotIdentity("Angela Claire Louise", List.of("Angela", "Claire", "Louise"), "DUBOIS", "1962-08-24",
          "female", "75107", "99100", "angela@example.com", null);

  @Test
  void aSessionComesBackAsItWas() throws Exception {
    SsoSession session = session(BORN_IN_FRANCE);

    assertEquals(session, JavaSerialization.roundTrip(session));
  }

  @Test
  void aSessionOfSomeoneBornAbroadWithoutEmailComesBackAsItWas() throws Exception {
    PivotIdentity bornAbroad =
        new PivotIdentity("Jean", List.of("Jean"), "MARTIN", "1980-01-01", "male", "", "99217", null, "DURAND");

    SsoSession session = session(bornAbroad);

    assertEquals(session, JavaSerialization.roundTrip(session));
  }

  @Test
  void theGridHoldsFewerBytesThanTheSerializedRecordsWould() throws Exception {
    SsoSession session = session(BORN_IN_FRANCE);

    byte[] compact = JavaSerialization.serialized(session);
    byte[] records =
        JavaSerialization.serialized(new Object[] {session.id(), session.idpId(), session.registered(), session.claims(), session.acr(),
            session.amr(), session.authTime(), session.idpIdToken()});

    String stream = new String(compact, StandardCharsets.ISO_8859_1);
    assertFalse(stream.contains(PivotIdentity.class.getName()), stream);
    assertTrue(compact.length < records.length, compact.length + " bytes, the records " + records.length);
  }

  private static SsoSession session(PivotIdentity registered) {
    LinkedHashMap<String, Object> claims = new LinkedHashMap<>(registered.toClaims());
    claims.put("email_verified", true);
    return new SsoSession("session-id", "impots", registered, claims, "eidas1", List.of("pwd"), 1_796_371_800L,
        "eyJhbGciOiJFUzI1NiJ9." + "x".repeat(600) + ".signature");
  }
}
