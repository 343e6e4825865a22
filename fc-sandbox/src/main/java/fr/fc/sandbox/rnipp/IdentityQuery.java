package fr.fc.sandbox.rnipp;

import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A well-formed identification query, with the contract's parameter names: nom, prenoms (joined by
 * spaces), dateNaissance ({@code YYYYMMDD}, 00 for presumed parts), sexe and codeLieuNaissance.
 */
record IdentityQuery(
    String nom, String prenoms, String dateNaissance, String sexe, String codeLieuNaissance) {

  static final String SEARCH_TYPE = "S";

  private static final Set<String> SEXES = Set.of("M", "F", "I");
  private static final Pattern COG_CODE = Pattern.compile("\\d[\\dAB]\\d{3}");

  /** A query the register rejects (type 9), with the reason. */
  static final class Rejected extends RuntimeException {
    Rejected(String reason) {
      super(reason, null, false, false);
    }
  }

  /**
   * Reads and checks a query.
   *
   * @param parameter the first value of a query parameter, or null when absent
   * @throws Rejected when the query is malformed
   */
  static IdentityQuery parse(Function<String, String> parameter) {
    if (!SEARCH_TYPE.equals(parameter.apply("rechercheType"))) {
      throw new Rejected("rechercheType must be " + SEARCH_TYPE);
    }
    IdentityQuery query =
        new IdentityQuery(
            required(parameter, "nom"),
            required(parameter, "prenoms"),
            required(parameter, "dateNaissance"),
            required(parameter, "sexe"),
            required(parameter, "codeLieuNaissance"));
    check(RegisterDate.isQueryDate(query.dateNaissance), "dateNaissance is not a YYYYMMDD date");
    check(SEXES.contains(query.sexe), "sexe must be M, F or I");
    check(COG_CODE.matcher(query.codeLieuNaissance).matches(), "codeLieuNaissance is no COG code");
    return query;
  }

  private static String required(Function<String, String> parameter, String name) {
    String value = parameter.apply(name);
    check(value != null && !value.isBlank(), name + " is missing");
    return value;
  }

  private static void check(boolean condition, String reason) {
    if (!condition) {
      throw new Rejected(reason);
    }
  }
}
