package fr.fc.sandbox.dp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CheckTokenCallTest {

  @Test
  void takesTheJweOfAnIntrospectionJwtAnswer() {
    assertEquals(
        "a.b.c.d.e",
        CheckTokenCall.jweOf(200, "application/token-introspection+jwt", "a.b.c.d.e\n"));
    assertEquals(
        "a.b.c.d.e",
        CheckTokenCall.jweOf(
            200, "Application/Token-Introspection+JWT; charset=UTF-8", "a.b.c.d.e"));
  }

  @Test
  void refusesAnotherType() {
    assertFcUnavailable(200, "application/json", "{\"active\":true}", "unexpected type");
  }

  @Test
  void saysWhenFcRefusesTheDataProvidersCredentials() {
    assertFcUnavailable(
        401, "application/json", "{\"error\":\"invalid_client\"}", "401 invalid_client");
    assertFcUnavailable(401, "application/json", "{}", "client_id and client_secret");
  }

  @Test
  void anyOtherAnswerIsAFailureOfFc() {
    assertFcUnavailable(400, "application/json", "{\"error\":\"invalid_request\"}", "400");
    assertFcUnavailable(500, "text/html", "<html>", "answered 500");
  }

  private static void assertFcUnavailable(int status, String type, String body, String reason) {
    DpException refusal =
        assertThrows(DpException.class, () -> CheckTokenCall.jweOf(status, type, body));
    assertEquals(DpError.FC_UNAVAILABLE, refusal.error());
    assertTrue(refusal.getMessage().contains(reason), refusal.getMessage());
  }
}
