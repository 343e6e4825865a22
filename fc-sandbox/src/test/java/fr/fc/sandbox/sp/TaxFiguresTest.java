package fr.fc.sandbox.sp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TaxFiguresTest {

  @Test
  void frenchGroupsThousandsWithNoBreakSpacesAndPutsTheEuroAfter() {
    assertEquals("24\u00a0500\u00a0€", TaxFigures.euros(24500L, "fr"));
    assertEquals("1\u00a0234\u00a0567\u00a0€", TaxFigures.euros(1234567L, "fr"));
    assertEquals("0\u00a0€", TaxFigures.euros(0L, "fr"));
  }

  @Test
  void englishPutsTheEuroFirstAndGroupsWithCommas() {
    assertEquals("€24,500", TaxFigures.euros(24500L, "en"));
  }

  @Test
  void sharesHaveADecimalCommaInFrenchAndAPointInEnglish() {
    assertEquals("1,5", TaxFigures.number(1.5, "fr"));
    assertEquals("1.5", TaxFigures.number(1.5, "en"));
    assertEquals("3", TaxFigures.number(3L, "fr"));
    assertEquals("2,25", TaxFigures.number(2.25, "fr"));
  }
}
