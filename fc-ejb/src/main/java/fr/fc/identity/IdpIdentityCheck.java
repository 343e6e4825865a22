package fr.fc.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The identity fc demands from an identity provider before it asks the RNIPP (contract section
 * 2.1): checks the userinfo claims and reports every violation at once, or the identity as fc will
 * use it.
 */
public final class IdpIdentityCheck {

  private static final int MAX_NAME_LENGTH = 256;

  private static final Set<String> GENDERS = Set.of("male", "female", "unspecified");
  private static final String NAME_TOO_LONG = "must be at most " + MAX_NAME_LENGTH + " characters";
  private static final Pattern COMMUNE_CODE = Pattern.compile("(\\d{2}|2A|2B)\\d{3}");
  private static final String COMMUNE_SHAPE = "must be two digits or 2A/2B, then three digits";

  private final CogCatalogue cog;
  private final Clock clock;

  /** Dates are judged in the clock's time zone: "the future" starts at its midnight. */
  public IdpIdentityCheck(CogCatalogue cog, Clock clock) {
    this.cog = Objects.requireNonNull(cog, "cog");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public IdpIdentityCheck(CogCatalogue cog) {
    this(cog, Clock.system(ZoneId.of("Europe/Paris")));
  }

  public IdentityCheckResult check(Map<String, ?> userinfo) {
    if (!(userinfo.get("sub") instanceof String sub) || sub.isBlank()) {
      return new IdentityCheckResult.MissingSubject();
    }
    ClaimReader claims = new ClaimReader(userinfo);
    String givenName = claims.required("given_name", IdpIdentityCheck::fitsAName, NAME_TOO_LONG);
    String familyName = claims.required("family_name", IdpIdentityCheck::fitsAName, NAME_TOO_LONG);
    Birthdate birthdate = birthdate(claims);
    String gender =
        claims.required("gender", GENDERS::contains, "must be male, female or unspecified");
    String birthcountry =
        claims.required("birthcountry", cog::isCountry, "is not a COG country code");
    String birthplace = birthplace(claims, birthcountry);
    String email = claims.required("email", EmailAddress::isValid, "is not a valid e-mail address");
    String preferredUsername = claims.optional("preferred_username");
    if (!claims.violations().isEmpty()) {
      return new IdentityCheckResult.Invalid(claims.violations());
    }
    PivotIdentity identity =
        new PivotIdentity(
            givenName,
            PivotIdentity.splitGivenName(givenName),
            familyName,
            birthdate.transmitted(),
            gender,
            birthplace,
            birthcountry,
            email,
            preferredUsername);
    return new IdentityCheckResult.Valid(sub, identity, birthdate);
  }

  private static boolean fitsAName(String name) {
    return name.codePointCount(0, name.length()) <= MAX_NAME_LENGTH;
  }

  private Birthdate birthdate(ClaimReader claims) {
    String value = claims.required("birthdate");
    if (value == null) {
      return null;
    }
    try {
      Birthdate birthdate = Birthdate.parse(value);
      if (birthdate.isAfter(LocalDate.now(clock))) {
        claims.reject("birthdate", "is in the future");
        return null;
      }
      return birthdate;
    } catch (IllegalArgumentException e) {
      claims.reject("birthdate", e.getMessage());
      return null;
    }
  }

  /**
   * Checked only for people born in France. Abroad the IdP may send {@code ""} or free text (a
   * town's name), which fc does not transmit; with no valid birth country there is nothing to check
   * it against.
   */
  private String birthplace(ClaimReader claims, String birthcountry) {
    if (!CogCatalogue.FRANCE.equals(birthcountry)) {
      return "";
    }
    String place = claims.required("birthplace", COMMUNE_CODE.asMatchPredicate(), COMMUNE_SHAPE);
    if (place != null && !cog.isCommune(place)) {
      claims.reject("birthplace", "is not a COG commune code");
      return null;
    }
    return place;
  }
}
