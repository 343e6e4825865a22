package fr.fc.sandbox.rnipp;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the register compares names: upper case, accents stripped, Œ and Æ spelled out, hyphens,
 * apostrophes and runs of spaces folded into one space; given names as words in any order.
 */
final class NameNormaliser {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS =
      Pattern.compile("[\\s\\-\u2010\u2011'\u2018\u2019\u02bc]+");

  private NameNormaliser() {}

  /** The comparable form of a family name, or of any name. */
  static String name(String raw) {
    String unaccented =
        MARKS.matcher(Normalizer.normalize(raw, Normalizer.Form.NFD)).replaceAll("");
    String upper =
        unaccented
            .toUpperCase(Locale.ROOT)
            .replace("\u0152", "OE")
            .replace("\u00c6", "AE");
    return SEPARATORS.matcher(upper).replaceAll(" ").strip();
  }

  /** The comparable form of given names: their words, sorted, so that the order does not count. */
  static List<String> givenNames(String raw) {
    String words = name(raw);
    return words.isEmpty() ? List.of() : Arrays.stream(words.split(" ")).sorted().toList();
  }

  /** Whether two spellings are the same to the letter, Unicode composition aside. */
  static boolean sameSpelling(String one, String other) {
    return Normalizer.normalize(one, Normalizer.Form.NFC)
        .equals(Normalizer.normalize(other, Normalizer.Form.NFC));
  }
}
