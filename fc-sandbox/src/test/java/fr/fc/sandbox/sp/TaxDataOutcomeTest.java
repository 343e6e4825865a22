package fr.fc.sandbox.sp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.sandbox.sp.TaxDataOutcome.Kind;
import org.junit.jupiter.api.Test;

class TaxDataOutcomeTest {

  @Test
  void aJsonAnswerIsTheData() {
    TaxDataOutcome outcome = TaxDataOutcome.ofAnswer(200, "{\"rfr\":24500,\"nbPart\":1.5}");

    assertTrue(outcome.received());
    assertEquals(24500L, outcome.data().get("rfr"));
    assertEquals(1.5, outcome.data().get("nbPart"));
  }

  @Test
  void eachRefusalHasItsKindAndTheProvidersWords() {
    String notFound = "{\"error\":\"not_found\",\"message\":\"no tax household matches\"}";

    TaxDataOutcome outcome = TaxDataOutcome.ofAnswer(404, notFound);

    assertEquals(Kind.NOT_FOUND, outcome.kind());
    assertEquals(
        "the data provider answered 404 not_found: no tax household matches", outcome.detail());
    assertEquals(Kind.REQUEST_REFUSED, TaxDataOutcome.ofAnswer(400, "{}").kind());
    assertEquals(Kind.TOKEN_REFUSED, TaxDataOutcome.ofAnswer(401, "{}").kind());
    assertEquals(Kind.NO_SCOPE, TaxDataOutcome.ofAnswer(403, "{}").kind());
    assertEquals(Kind.PROVIDER_FAILED, TaxDataOutcome.ofAnswer(502, "{}").kind());
    assertEquals(Kind.PROVIDER_FAILED, TaxDataOutcome.ofAnswer(500, "<html>").kind());
  }

  @Test
  void anAnswerThatIsNoJsonObjectIsAFailure() {
    TaxDataOutcome outcome = TaxDataOutcome.ofAnswer(200, "<html>oops</html>");

    assertFalse(outcome.received());
    assertEquals(Kind.PROVIDER_FAILED, outcome.kind());
  }
}
