package fr.fc.sandbox.dp;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An identité pivot as the data provider compares it: the citizen's as fc sends it in the token
 * introspection, or a tax household declarant's. A missing value is empty, never null.
 */
record PivotIdentity(
    List<String> givenNames,
    String familyName,
    String birthdate,
    String gender,
    String birthplace,
    String birthcountry) {

  PivotIdentity {
    givenNames = List.copyOf(givenNames);
  }

  /**
   * The identity in OpenID Connect claims (contract section 1.7): given_name_array when it is a
   * list of names, otherwise the words of given_name.
   */
  static PivotIdentity fromClaims(Map<String, Object> claims) {
    return new PivotIdentity(
        givenNames(claims),
        text(claims, "family_name"),
        text(claims, "birthdate"),
        text(claims, "gender"),
        text(claims, "birthplace"),
        text(claims, "birthcountry"));
  }

  /** The first given name, the one the reconciliation compares; empty when there is none. */
  String firstGivenName() {
    return givenNames.isEmpty() ? "" : givenNames.get(0);
  }

  private static List<String> givenNames(Map<String, Object> claims) {
    if (claims.get("given_name_array") instanceof List<?> names
        && !names.isEmpty()
        && names.stream().allMatch(name -> name instanceof String)) {
      return names.stream().map(String.class::cast).toList();
    }
    String givenName = text(claims, "given_name").strip();
    return givenName.isEmpty() ? List.of() : Arrays.asList(givenName.split("\\s+"));
  }

  private static String text(Map<String, Object> claims, String name) {
    return claims.get(name) instanceof String value ? value : "";
  }

  /** No personal data in logs or messages. */
  @Override
  public String toString() {
    return "PivotIdentity[...]";
  }
}
