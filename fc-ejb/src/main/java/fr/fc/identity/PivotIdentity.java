package fr.fc.identity;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The identité pivot as fc transmits it (contract section 1.7). The birthdate is always complete
 * ({@code YYYY-MM-DD}, presumed parts set to {@code 01}) and the birthplace is {@code ""} whenever
 * the birth country is not France. {@code email} and {@code preferredUsername} are {@code null}
 * when absent.
 */
public record PivotIdentity(
    String givenName,
    List<String> givenNames,
    String familyName,
    String birthdate,
    String gender,
    String birthplace,
    String birthcountry,
    String email,
    String preferredUsername)
    implements Serializable {

  /** Blanks the birthplace of a person born abroad, as the v2 contract transmits it. */
  public PivotIdentity {
    requireNonNull(givenName, "givenName");
    givenNames = List.copyOf(givenNames);
    requireNonNull(familyName, "familyName");
    requireNonNull(birthdate, "birthdate");
    requireNonNull(gender, "gender");
    requireNonNull(birthcountry, "birthcountry");
    birthplace =
        CogCatalogue.FRANCE.equals(birthcountry) ? requireNonNull(birthplace, "birthplace") : "";
  }

  /**
   * The given names of a space-separated {@code given_name}, as {@code given_name_array} lists
   * them.
   */
  public static List<String> splitGivenName(String givenName) {
    return Arrays.stream(givenName.split(" ")).filter(name -> !name.isEmpty()).toList();
  }

  /**
   * The identity of its claims, as {@link #toClaims()} wrote them.
   *
   * @throws IllegalArgumentException when a claim of the identity is missing or not a string
   */
  @SuppressWarnings("unchecked")
  public static PivotIdentity fromClaims(Map<String, Object> claims) {
    try {
      return new PivotIdentity(
          (String) claims.get("given_name"),
          claims.get("given_name_array") instanceof List<?> names
              ? (List<String>) names
              : splitGivenName((String) claims.get("given_name")),
          (String) claims.get("family_name"),
          (String) claims.get("birthdate"),
          (String) claims.get("gender"),
          (String) claims.get("birthplace"),
          (String) claims.get("birthcountry"),
          (String) claims.get("email"),
          (String) claims.get("preferred_username"));
    } catch (ClassCastException | NullPointerException e) {
      throw new IllegalArgumentException("not the claims of an identity", e);
    }
  }

  public boolean bornInFrance() {
    return CogCatalogue.FRANCE.equals(birthcountry);
  }

  /**
   * The OIDC claims of this identity, in contract order; email and preferred_username when present.
   */
  public Map<String, Object> toClaims() {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("given_name", givenName);
    claims.put("given_name_array", givenNames);
    claims.put("family_name", familyName);
    claims.put("birthdate", birthdate);
    claims.put("gender", gender);
    claims.put("birthplace", birthplace);
    claims.put("birthcountry", birthcountry);
    putIfPresent(claims, "email", email);
    putIfPresent(claims, "preferred_username", preferredUsername);
    return Collections.unmodifiableMap(claims);
  }

  /** Personal data: kept out of logs and exception messages. */
  @Override
  public String toString() {
    return "PivotIdentity[withheld]";
  }

  private static void putIfPresent(Map<String, Object> claims, String name, String value) {
    if (value != null) {
      claims.put(name, value);
    }
  }
}
