package fr.fc.citizen.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Times in Paris, summer and winter, in French and English. */
class SpaceFormatsTest {

  private final SpaceFormats formats = new SpaceFormats();

  @Test
  void dateAndTimeInThePagesLanguage() {
    Instant summer = Instant.parse("2024-07-14T08:05:00Z");
    assertEquals("14 juillet 2024 \u00e0 10:05", formats.dateTime(summer, Locale.FRENCH));
    assertEquals("14 July 2024 at 10:05", formats.dateTime(summer, Locale.ENGLISH));
    assertEquals("2 janvier 2024 \u00e0 09:30", formats.dateTime(Instant.parse("2024-01-02T08:30:00Z"), Locale.FRENCH));
    assertEquals("2024-07-14T10:05+02:00", formats.machine(summer));
    assertEquals("2024-07-14 10:05:00", formats.spreadsheet(summer));
  }

  @Test
  void transfersByTheirTimeOnTheConnectionsDay() {
    Instant connection = Instant.parse("2024-01-02T22:59:00Z"); // 23:59 in Paris
    assertEquals("23:59", formats.transferTime(connection, Instant.parse("2024-01-02T22:59:40Z"), Locale.FRENCH));
    assertEquals("3 janvier 2024 \u00e0 00:00", formats.transferTime(connection, Instant.parse("2024-01-02T23:00:10Z"), Locale.FRENCH));
  }
}
