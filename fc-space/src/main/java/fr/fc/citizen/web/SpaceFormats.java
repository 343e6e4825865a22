package fr.fc.citizen.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** How the space writes times: Paris time, in the page's language. */
@Named("formats")
@ApplicationScoped
public class SpaceFormats {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm", Locale.FRENCH);
  private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter SPREADSHEET = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** "1 mai 2024 à 14:05", "1 May 2024 at 14:05". */
  public String dateTime(Instant at, Locale locale) {
    if (at == null) {
      return "";
    }
    return (isEnglish(locale) ? ENGLISH : FRENCH).format(at.atZone(PARIS));
  }

  /**
   * When a data provider sent data for a connection: the time alone ("14:06") on the connection's
   * day, else the date and time.
   */
  public String transferTime(Instant connectionAt, Instant transferAt, Locale locale) {
    if (transferAt == null) {
      return "";
    }
    return sameDay(connectionAt, transferAt) ? TIME.format(transferAt.atZone(PARIS)) : dateTime(transferAt, locale);
  }

  /** Whether both are of the same day, in Paris. */
  public boolean sameDay(Instant one, Instant other) {
    return one != null && other != null && one.atZone(PARIS).toLocalDate().equals(other.atZone(PARIS).toLocalDate());
  }

  /** For a time element's datetime attribute: ISO 8601 with Paris's offset, to the second. */
  public String machine(Instant at) {
    return at == null ? "" : at.truncatedTo(ChronoUnit.SECONDS).atZone(PARIS).toOffsetDateTime().toString();
  }

  /** For a spreadsheet: "2024-05-01 14:05:12", Paris time. */
  public String spreadsheet(Instant at) {
    return at == null ? "" : SPREADSHEET.format(at.atZone(PARIS));
  }

  static boolean isEnglish(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage());
  }
}
