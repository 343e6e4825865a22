package fr.fc.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BirthdateTest {

  @ParameterizedTest
  @CsvSource({
    "1992-08-15, 1992-08-15",
    "1990-05-00, 1990-05-01",
    "1990-00-00, 1990-01-01",
    "2000-02-29, 2000-02-29"
  })
  void transmitsPresumedPartsAsFirstDayOrMonth(String idpForm, String transmitted) {
    Birthdate birthdate = Birthdate.parse(idpForm);

    assertEquals(transmitted, birthdate.transmitted());
    assertEquals(idpForm, birthdate.idpForm());
  }

  @Test
  void knowsAPresumedDate() {
    assertTrue(Birthdate.parse("1990-05-00").isPresumed());
    assertTrue(Birthdate.parse("1990-00-00").isPresumed());
    assertFalse(Birthdate.parse("1990-05-10").isPresumed());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"1990-5-10", "90-05-10", "1990/05/10", "19900510", "1990-05-10T00:00", ""})
  void refusesOtherForms(String value) {
    assertReason("must be YYYY-MM-DD, YYYY-MM-00 or YYYY-00-00", value);
  }

  @Test
  void refusesAKnownDayInAnUnknownMonth() {
    assertReason("has an unknown month (00) but a known day", "1990-00-15");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1990-13-01",
        "1990-13-00",
        "1990-02-30",
        "1991-02-29",
        "1990-04-31",
        "1990-01-32"
      })
  void refusesWhatIsNotACalendarDate(String value) {
    assertReason("is not a calendar date", value);
  }

  @Test
  void comparesItsFirstPossibleDay() {
    LocalDate today = LocalDate.of(2025, 6, 15);

    assertFalse(Birthdate.parse("2025-06-15").isAfter(today));
    assertTrue(Birthdate.parse("2025-06-16").isAfter(today));
    assertFalse(Birthdate.parse("2025-06-00").isAfter(today));
    assertTrue(Birthdate.parse("2025-07-00").isAfter(today));
    assertFalse(Birthdate.parse("2025-00-00").isAfter(today));
    assertTrue(Birthdate.parse("2026-00-00").isAfter(today));
  }

  @Test
  void keepsTheDateOutOfItsDescription() {
    assertFalse(Birthdate.parse("1992-08-15").toString().contains("1992"));
  }

  private static void assertReason(String reason, String value) {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> Birthdate.parse(value));
    assertEquals(reason, refused.getMessage());
  }
}
