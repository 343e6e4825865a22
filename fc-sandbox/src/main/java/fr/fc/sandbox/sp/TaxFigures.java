package fr.fc.sandbox.sp;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The tax data's figures as a reader expects them: in French "24 500 €" and "1,5", in English
 * "€24,500" and "1.5". French groups with no-break spaces, so that a figure never wraps.
 */
final class TaxFigures {

  static final char NO_BREAK_SPACE = '\u00a0';

  private TaxFigures() {}

  /** Whole euros, such as the reference tax income. */
  static String euros(Number amount, String language) {
    String figure = format(amount, language, "#,##0");
    return isFrench(language) ? figure + NO_BREAK_SPACE + "€" : "€" + figure;
  }

  /** A number with up to two decimals, such as the number of shares. */
  static String number(Number value, String language) {
    return format(value, language, "#,##0.##");
  }

  private static String format(Number value, String language, String pattern) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setGroupingSeparator(isFrench(language) ? NO_BREAK_SPACE : ',');
    symbols.setDecimalSeparator(isFrench(language) ? ',' : '.');
    return new DecimalFormat(pattern, symbols).format(new BigDecimal(value.toString()));
  }

  private static boolean isFrench(String language) {
    return "fr".equals(language);
  }
}
