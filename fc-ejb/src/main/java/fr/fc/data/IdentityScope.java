package fr.fc.data;

import fr.fc.shared.config.Platform;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The identity scopes of the contract (section 1.6) and the claims each one releases. FranceConnect+
 * has no given_name_array nor idp_birthdate (it sends the IdP's identity), and adds the rnipp_*
 * scopes, which release the register's values beside the IdP's; v1 alone has address and phone.
 */
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
  IDP_ID("idp_id", "idp_id"),
  ADDRESS("address", "address"),
  PHONE("phone", "phone_number"),
  RNIPP_PROFILE(
      "rnipp_profile",
      "rnipp_given_name",
      "rnipp_given_name_array",
      "rnipp_family_name",
      "rnipp_birthdate",
      "rnipp_gender"),
  RNIPP_BIRTH("rnipp_birth", "rnipp_birthplace", "rnipp_birthcountry"),
  RNIPP_IDENTITE_PIVOT(
      "rnipp_identite_pivot",
      "rnipp_given_name",
      "rnipp_given_name_array",
      "rnipp_family_name",
      "rnipp_birthdate",
      "rnipp_gender",
      "rnipp_birthplace",
      "rnipp_birthcountry"),
  RNIPP_GIVEN_NAME("rnipp_given_name", "rnipp_given_name", "rnipp_given_name_array"),
  RNIPP_FAMILY_NAME("rnipp_family_name", "rnipp_family_name"),
  RNIPP_GENDER("rnipp_gender", "rnipp_gender"),
  RNIPP_BIRTHDATE("rnipp_birthdate", "rnipp_birthdate"),
  RNIPP_BIRTHPLACE("rnipp_birthplace", "rnipp_birthplace"),
  RNIPP_BIRTHCOUNTRY("rnipp_birthcountry", "rnipp_birthcountry");

  /** The register's value of a claim, on FranceConnect+, is this prefix before its name. */
  public static final String RNIPP_PREFIX = "rnipp_";

  /** What the standard platform sends and FranceConnect+ does not. */
  private static final Set<String> STANDARD_ONLY = Set.of("given_name_array", "idp_birthdate");

  /** The legacy API's extras, which v2 removed (contract 1.6). */
  private static final Set<String> V1_ONLY = Set.of("address", "phone");

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

  /** Whether an SP of this platform may ask for this scope. */
  public boolean on(Platform platform) {
    if (value.startsWith(RNIPP_PREFIX)) {
      return platform == Platform.PLUS;
    }
    if (V1_ONLY.contains(value)) {
      return platform == Platform.V1;
    }
    return platform != Platform.PLUS || !STANDARD_ONLY.contains(value);
  }

  /** The claims it releases on this platform. */
  public List<String> claims(Platform platform) {
    if (!on(platform)) {
      return List.of();
    }
    return platform == Platform.PLUS ? claims.stream().filter(c -> !STANDARD_ONLY.contains(c)).toList() : claims;
  }

  /** The claims these scopes release on a platform, in catalogue order; unknown scopes release nothing. */
  public static Set<String> claimsOf(Collection<String> scopes, Platform platform) {
    Set<String> claims = new LinkedHashSet<>();
    for (IdentityScope scope : values()) {
      if (scopes.contains(scope.value)) {
        claims.addAll(scope.claims(platform));
      }
    }
    return claims;
  }

  /** Every claim some identity scope releases on a platform, in catalogue order. */
  public static Set<String> allClaims(Platform platform) {
    Set<String> claims = new LinkedHashSet<>();
    for (IdentityScope scope : values()) {
      claims.addAll(scope.claims(platform));
    }
    return claims;
  }
}
