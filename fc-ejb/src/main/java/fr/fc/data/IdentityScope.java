package fr.fc.data;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The identity scopes of the v2 contract (section 1.6) and the claims each one releases. */
public enum IdentityScope {
  OPENID("openid", "sub"),
  PROFILE(
      "profile",
      "given_name",
      "given_name_array",
      "family_name",
      "birthdate",
      "gender",
      "preferred_username"),
  BIRTH("birth", "birthplace", "birthcountry"),
  IDENTITE_PIVOT(
      "identite_pivot",
      "given_name",
      "given_name_array",
      "family_name",
      "birthdate",
      "gender",
      "birthplace",
      "birthcountry"),
  GIVEN_NAME("given_name", "given_name", "given_name_array"),
  FAMILY_NAME("family_name", "family_name"),
  GENDER("gender", "gender"),
  BIRTHDATE("birthdate", "birthdate"),
  BIRTHPLACE("birthplace", "birthplace"),
  BIRTHCOUNTRY("birthcountry", "birthcountry"),
  EMAIL("email", "email"),
  PREFERRED_USERNAME("preferred_username", "preferred_username"),
  IDP_BIRTHDATE("idp_birthdate", "idp_birthdate"),
  AMR("amr", "amr"),
  IDP_ID("idp_id", "idp_id");

  private final String value;
  private final List<String> claims;

  IdentityScope(String value, String... claims) {
    this.value = value;
    this.claims = List.of(claims);
  }

  /** The scope as written in a request. */
  public String value() {
    return value;
  }

  public List<String> claims() {
    return claims;
  }

  /** The claims these scopes release, in catalogue order; unknown scopes release nothing. */
  public static Set<String> claimsOf(Collection<String> scopes) {
    Set<String> claims = new LinkedHashSet<>();
    for (IdentityScope scope : values()) {
      if (scopes.contains(scope.value)) {
        claims.addAll(scope.claims);
      }
    }
    return claims;
  }

  /** Every claim some identity scope releases, in catalogue order. */
  public static Set<String> allClaims() {
    Set<String> claims = new LinkedHashSet<>();
    for (IdentityScope scope : values()) {
      claims.addAll(scope.claims);
    }
    return claims;
  }
}
