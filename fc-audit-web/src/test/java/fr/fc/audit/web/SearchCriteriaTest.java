package fr.fc.audit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.audit.AuditEvent;
import fr.fc.audit.AuditQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The search form's parameters: checked one by one, each wrong one named, never an exception. */
class SearchCriteriaTest {

  private static final LocalDate TODAY = LocalDate.parse("2024-05-31");

  @Test
  void noParameterMeansTheLastSevenDays() {
    SearchCriteria criteria = read(Map.of());
    assertTrue(criteria.valid());
    AuditQuery query = criteria.query(10);
    assertEquals(Instant.parse("2024-05-25T00:00:00Z"), query.from());
    assertEquals(Instant.parse("2024-06-01T00:00:00Z"), query.to(), "the last day is included");
    assertNull(query.event());
    assertNull(query.spClientId());
    assertEquals(10, query.limit());
    assertEquals("2024-05-25", criteria.input().value("from"), "the form shows the period searched");
  }

  @Test
  void emptyDatesMeanNoLimit() {
    AuditQuery query = read(Map.of("from", "", "to", " ")).query(10);
    assertNull(query.from());
    assertNull(query.to());
  }

  @Test
  void everyCriterionGoesIntoTheQuery() {
    Map<String, String> parameters = new HashMap<>();
    parameters.put("from", "2024-01-01");
    parameters.put("to", "2024-01-31");
    parameters.put("sp", " sp-client ");
    parameters.put("idp", "dgfip");
    parameters.put("event", "RNIPP_DECEASED");
    parameters.put("outcome", "FAILURE");
    parameters.put("code", "Y030007");
    parameters.put("sub", "abc");
    parameters.put("flow", "f".repeat(64));
    AuditQuery query = read(parameters).query(500);
    assertEquals(
        new AuditQuery(
            Instant.parse("2024-01-01T00:00:00Z"),
            Instant.parse("2024-02-01T00:00:00Z"),
            "sp-client",
            "dgfip",
            AuditEvent.RNIPP_DECEASED,
            AuditEvent.Outcome.FAILURE,
            "Y030007",
            "abc",
            "f".repeat(64),
            500),
        query);
  }

  @Test
  void wrongValuesAreFieldErrors() {
    Map<String, String> parameters = new HashMap<>();
    parameters.put("from", "31/05/2024");
    parameters.put("to", "+99999-01-01");
    parameters.put("sp", "x".repeat(101));
    parameters.put("event", "LOGIN");
    parameters.put("outcome", "maybe");
    SearchCriteria criteria = read(parameters);
    assertFalse(criteria.valid());
    assertEquals("error.day", criteria.input().error("from"));
    assertEquals("error.day", criteria.input().error("to"));
    assertEquals("error.length", criteria.input().error("sp"));
    assertEquals("error.choice", criteria.input().error("event"));
    assertEquals("error.choice", criteria.input().error("outcome"));
    assertNull(criteria.input().error("idp"));
    assertEquals("LOGIN", criteria.input().value("event"), "shown back as sent");
    assertThrows(IllegalStateException.class, () -> criteria.query(10));
  }

  @Test
  void theEndCannotComeBeforeTheStart() {
    SearchCriteria criteria = read(Map.of("from", "2024-05-02", "to", "2024-05-01"));
    assertEquals("error.period.order", criteria.input().error("to"));
    assertTrue(read(Map.of("from", "2024-05-01", "to", "2024-05-01")).valid(), "one day");
  }

  @Test
  void theQueryStringRepeatsTheSearch() {
    SearchCriteria criteria = read(Map.of("sp", "a&b=c", "event", "TOKEN_ISSUED"));
    String query = criteria.input().queryString();
    assertTrue(query.startsWith("from=2024-05-25&to=2024-05-31&sp=a%26b%3Dc&"), query);
    assertTrue(query.contains("&event=TOKEN_ISSUED&"), query);
    Map<String, String> again = new HashMap<>();
    for (String pair : query.split("&")) {
      String[] nameValue = pair.split("=", 2);
      again.put(nameValue[0], java.net.URLDecoder.decode(nameValue[1], java.nio.charset.StandardCharsets.UTF_8));
    }
    assertEquals(criteria.query(10), read(again).query(10));
  }

  private static SearchCriteria read(Map<String, String> parameters) {
    return SearchCriteria.read(parameters::get, TODAY);
  }
}
