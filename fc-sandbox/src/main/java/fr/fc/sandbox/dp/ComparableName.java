package fr.fc.sandbox.dp;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names as the tax office compares them (contract section 3.1, the FD example): upper case, accents
 * stripped, Œ and Æ spelled out, spaces trimmed and folded.
 */
final class ComparableName {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private ComparableName() {}

  static String of(String name) {
    String unaccented =
        MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    String upper =
        unaccented.toUpperCase(Locale.ROOT).replace("\u0152", "OE").replace("\u00c6", "AE");
    return SPACES.matcher(upper).replaceAll(" ").strip();
  }
}
