package fr.fc.audit.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** How the pages write times, ids and rates. */
@Named
@ApplicationScoped
public class Formats {

  static final int SHORT_ID_LENGTH = 12;

  /** ISO 8601 in UTC, to the millisecond: 2024-05-01T10:15:30.123Z. */
  public String instant(Instant instant) {
    return instant == null ? "" : instant.truncatedTo(ChronoUnit.MILLIS).toString();
  }

  /** The start of a long id (a flow id is a 64-digit digest), enough to tell two apart on a page. */
  public String shortId(String id) {
    return id == null || id.length() <= SHORT_ID_LENGTH ? id : id.substring(0, SHORT_ID_LENGTH) + "…";
  }

  /** A value for a URL's query. */
  public String query(String value) {
    return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A rate from 0 to 1 as a percentage with one decimal, in the page's language: 12,5 % or 12.5%. */
  public String percent(double rate, Locale locale) {
    NumberFormat percent = NumberFormat.getPercentInstance(locale);
    percent.setMinimumFractionDigits(1);
    percent.setMaximumFractionDigits(1);
    return percent.format(rate);
  }
}
