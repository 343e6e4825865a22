package fr.fc.identity;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A birth date as an identity provider sends it: {@code YYYY-MM-DD}, or a presumed date whose
 * unknown parts are {@code 00} ({@code YYYY-MM-00}, {@code YYYY-00-00}). fc transmits it with the
 * unknown parts set to {@code 01} and keeps the IdP form for {@code idp_birthdate} (contract
 * section 1.7).
 */
public record Birthdate(String idpForm) {

  private static final Pattern FORM = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  /**
   * @throws IllegalArgumentException unless one of the three forms and a real calendar date; the
   *     message says why without repeating the value
   */
  public Birthdate {
    firstPossibleDay(requireNonNull(idpForm, "idpForm"));
  }

  public static Birthdate parse(String idpForm) {
    return new Birthdate(idpForm);
  }

  /** Whether the day, or the day and month, are unknown. */
  public boolean isPresumed() {
    return idpForm.endsWith("-00");
  }

  /**
   * The date fc transmits as {@code birthdate}: {@code YYYY-MM-01} or {@code YYYY-01-01} when
   * presumed.
   */
  public String transmitted() {
    return firstPossibleDay(idpForm).toString();
  }

  /** Whether even the first day this date may denote is after {@code day}. */
  public boolean isAfter(LocalDate day) {
    return firstPossibleDay(idpForm).isAfter(day);
  }

  /** Personal data: kept out of logs and exception messages. */
  @Override
  public String toString() {
    return "Birthdate[withheld]";
  }

  private static LocalDate firstPossibleDay(String value) {
    Matcher parts = FORM.matcher(value);
    if (!parts.matches()) {
      throw new IllegalArgumentException("must be YYYY-MM-DD, YYYY-MM-00 or YYYY-00-00");
    }
    int year = Integer.parseInt(parts.group(1));
    int month = Integer.parseInt(parts.group(2));
    int day = Integer.parseInt(parts.group(3));
    if (month == 0 && day != 0) {
      throw new IllegalArgumentException("has an unknown month (00) but a known day");
    }
    try {
      return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("is not a calendar date");
    }
  }
}
