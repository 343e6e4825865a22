package fr.fc.audit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Times in ISO 8601 UTC to the millisecond, ids cut short, rates in the page's language. */
class FormatsTest {

  private final Formats formats = new Formats();

  @Test
  void timesIdsAndRates() {
    assertEquals("2024-05-31T10:15:30.123Z", formats.instant(Instant.parse("2024-05-31T10:15:30.123456Z")));
    assertEquals("2024-05-31T10:15:30Z", formats.instant(Instant.parse("2024-05-31T10:15:30Z")));
    assertEquals("0123456789ab\u2026", formats.shortId("0123456789abcdef"));
    assertEquals("short", formats.shortId("short"));
    assertEquals("a%26b", formats.query("a&b"));
    assertEquals("12.5%", formats.percent(0.125, Locale.ENGLISH));
  }
}
