package fr.fc.sandbox.rnipp;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Register dates: {@code YYYY-MM-DD} in the records and the answers, or {@code YYYY-MM} and {@code
 * YYYY} when presumed; {@code YYYYMMDD} in queries, with 00 for the presumed parts.
 */
final class RegisterDate {

  private static final Pattern RECORD_FORM = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final Pattern QUERY_FORM = Pattern.compile("\\d{8}");

  private RegisterDate() {}

  /**
   * The query form of a record date: 1962-08-24 → 19620824, 1985-04 → 19850400, 1970 → 19700000.
   */
  static String queryForm(String recordDate) {
    return (recordDate.replace("-", "") + "0000").substring(0, 8);
  }

  /**
   * Whether a record date is well formed: a real date, or a year and month, or a year; a presumed
   * part is left out, never written 00.
   */
  static boolean isRecordDate(String recordDate) {
    return RECORD_FORM.matcher(recordDate).matches()
        && !recordDate.endsWith("-00")
        && isQueryDate(queryForm(recordDate));
  }

  /**
   * Whether a query date is well formed: a year other than 0000, a month 01 to 12 or 00 when
   * presumed, a day that exists in that month or 00 when presumed, and no day without a month.
   */
  static boolean isQueryDate(String queryDate) {
    if (!QUERY_FORM.matcher(queryDate).matches()) {
      return false;
    }
    int year = Integer.parseInt(queryDate.substring(0, 4));
    int month = Integer.parseInt(queryDate.substring(4, 6));
    int day = Integer.parseInt(queryDate.substring(6, 8));
    if (year == 0 || month > 12 || (month == 0 && day != 0)) {
      return false;
    }
    return month == 0 || day == 0 || isCalendarDate(year, month, day);
  }

  private static boolean isCalendarDate(int year, int month, int day) {
    try {
      LocalDate.of(year, month, day);
      return true;
    } catch (DateTimeException notADate) {
      return false;
    }
  }
}
