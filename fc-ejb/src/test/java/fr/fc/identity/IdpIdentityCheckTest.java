package fr.fc.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdpIdentityCheckTest {

  // 2025-06-15 in Paris.
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-06-15T10:00:00Z"), ZoneId.of("Europe/Paris"));

  private final IdpIdentityCheck check = new IdpIdentityCheck(CogCatalogue.bundled(), CLOCK);

  @Test
  void acceptsACompleteIdentity() {
    IdentityCheckResult.Valid valid = valid(userinfo());
    PivotIdentity identity = valid.identity();

    assertEquals("idp-sub-4f1d", valid.sub());
    assertEquals("Joëlle Françoise", identity.givenName());
    assertEquals(List.of("Joëlle", "Françoise"), identity.givenNames());
    assertEquals("DUBINÔRE", identity.familyName());
    assertEquals("1992-08-15", identity.birthdate());
    assertEquals("female", identity.gender());
    assertEquals("75117", identity.birthplace());
    assertEquals("99100", identity.birthcountry());
    assertEquals("joelle.dubinore@example.fr", identity.email());
    assertNull(identity.preferredUsername());
    assertEquals("1992-08-15", valid.birthdate().idpForm());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "Jean-Édouard Marie | D'ARTAGNAN-LÉVÊQUE | Jean-Édouard,Marie",
        "Ève | N'DIAYE | Ève",
        "Anne-Sophie Hélène Zoë | DE LA FONTAINE-ŒUVRARD | Anne-Sophie,Hélène,Zoë",
        "Marie  Ange | O'CONNOR | Marie,Ange"
      })
  void acceptsAccentsHyphensAndApostrophes(String givenName, String familyName, String givenNames) {
    Map<String, Object> userinfo = userinfo();
    userinfo.put("given_name", givenName);
    userinfo.put("family_name", familyName);

    PivotIdentity identity = valid(userinfo).identity();

    assertEquals(givenName, identity.givenName());
    assertEquals(familyName, identity.familyName());
    assertEquals(List.of(givenNames.split(",")), identity.givenNames());
  }

  @ParameterizedTest
  @ValueSource(strings = {"given_name", "family_name"})
  void acceptsNamesOf1To256Characters(String claim) {
    Map<String, Object> userinfo = userinfo();

    userinfo.put(claim, "A");
    valid(userinfo);
    userinfo.put(claim, "É".repeat(256));
    valid(userinfo);
    userinfo.put(claim, "\uD835\uDC9C".repeat(256)); // 256 characters outside the BMP
    valid(userinfo);
  }

  @ParameterizedTest
  @ValueSource(strings = {"given_name", "family_name"})
  void refusesANameOf257Characters(String claim) {
    assertViolations(with(claim, "A".repeat(257)), claim + " must be at most 256 characters");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"given_name", "family_name", "birthdate", "gender", "birthcountry", "email"})
  void requiresEachPivotClaim(String claim) {
    Map<String, Object> userinfo = userinfo();
    userinfo.remove(claim);

    assertViolations(userinfo, claim + " is required");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void takesABlankNameForAMissingOne(String blank) {
    assertViolations(with("family_name", blank), "family_name is required");
  }

  @Test
  void takesANullClaimForAMissingOne() {
    assertViolations(with("gender", null), "gender is required");
  }

  @Test
  void refusesClaimsThatAreNotStrings() {
    Map<String, Object> userinfo = userinfo();
    userinfo.put("birthdate", 19920815);
    userinfo.put("given_name_array", List.of("ignored"));
    userinfo.put("preferred_username", List.of("MARTIN"));

    assertViolations(userinfo, "birthdate must be a string", "preferred_username must be a string");
  }

  @ParameterizedTest
  @CsvSource({
    "1990-05-00, 1990-05-01",
    "1990-00-00, 1990-01-01",
    "2025-06-15, 2025-06-15",
    "2025-06-00, 2025-06-01",
    "2025-00-00, 2025-01-01"
  })
  void acceptsCompleteAndPresumedDates(String idpForm, String transmitted) {
    IdentityCheckResult.Valid valid = valid(with("birthdate", idpForm));

    assertEquals(transmitted, valid.identity().birthdate());
    assertEquals(idpForm, valid.birthdate().idpForm());
  }

  @ParameterizedTest
  @CsvSource({
    "1990-00-15, has an unknown month (00) but a known day",
    "1990-13-01, is not a calendar date",
    "1990-02-30, is not a calendar date",
    "15/08/1992, 'must be YYYY-MM-DD, YYYY-MM-00 or YYYY-00-00'",
    "2025-06-16, is in the future",
    "2025-07-00, is in the future",
    "2026-00-00, is in the future"
  })
  void refusesImpossibleAndFutureDates(String birthdate, String reason) {
    assertViolations(with("birthdate", birthdate), "birthdate " + reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {"male", "female", "unspecified"})
  void acceptsTheThreeGenders(String gender) {
    assertEquals(gender, valid(with("gender", gender)).identity().gender());
  }

  @ParameterizedTest
  @ValueSource(strings = {"M", "F", "Male", "homme", "other"})
  void refusesOtherGenders(String gender) {
    assertViolations(with("gender", gender), "gender must be male, female or unspecified");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2A004", // Ajaccio
        "2B050", // Calvi
        "97411", // Saint-Denis, La Réunion
        "98729", // Moorea-Maiao, Polynésie française
        "98611", // Alo, Wallis-et-Futuna
        "75107", // Paris 7e arrondissement
        "01126" // merged into Valserhône: old code
      })
  void acceptsCommunesOfFrance(String birthplace) {
    assertEquals(birthplace, valid(with("birthplace", birthplace)).identity().birthplace());
  }

  @ParameterizedTest
  @ValueSource(strings = {"75999", "99100"})
  void refusesAnUnknownCommune(String birthplace) {
    assertViolations(with("birthplace", birthplace), "birthplace is not a COG commune code");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Paris", "7510", "751170", "75 117", "2C004", "2a004"})
  void refusesWhatIsNotShapedAsACommuneCode(String birthplace) {
    assertViolations(
        with("birthplace", birthplace),
        "birthplace must be two digits or 2A/2B, then three digits");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " "})
  void requiresTheBirthplaceOfAPersonBornInFrance(String birthplace) {
    Map<String, Object> userinfo = with("birthplace", birthplace);
    assertViolations(userinfo, "birthplace is required");

    userinfo.remove("birthplace");
    assertViolations(userinfo, "birthplace is required");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "99134 | ''", // Spain, no birthplace
        "99134 | Madrid", // Spain, free text
        "99352 | Alger", // Algeria
        "99352 | 75107", // abroad with a commune code
        "99115 | Bratislava" // Czechoslovakia, historical
      })
  void transmitsNoBirthplaceForAPersonBornAbroad(String birthcountry, String birthplace) {
    Map<String, Object> userinfo = userinfo();
    userinfo.put("birthcountry", birthcountry);
    userinfo.put("birthplace", birthplace);

    PivotIdentity identity = valid(userinfo).identity();

    assertEquals(birthcountry, identity.birthcountry());
    assertEquals("", identity.birthplace());
  }

  @Test
  void needsNoBirthplaceForAPersonBornAbroad() {
    Map<String, Object> userinfo = userinfo();
    userinfo.put("birthcountry", "99134");
    userinfo.remove("birthplace");

    assertEquals("", valid(userinfo).identity().birthplace());
  }

  @ParameterizedTest
  @ValueSource(strings = {"99999", "XXXXX", "FR", "75117", "9910"})
  void refusesAnUnknownBirthCountry(String birthcountry) {
    assertViolations(with("birthcountry", birthcountry), "birthcountry is not a COG country code");
  }

  @ParameterizedTest
  @ValueSource(strings = {"joelle", "joelle@example", "joelle dubinore@example.fr", "@example.fr"})
  void refusesAnInvalidEmail(String email) {
    assertViolations(with("email", email), "email is not a valid e-mail address");
  }

  @ParameterizedTest
  @ValueSource(strings = {"MARTIN", ""})
  void keepsTheUsageNameWhenGiven(String preferredUsername) {
    assertEquals(
        preferredUsername,
        valid(with("preferred_username", preferredUsername)).identity().preferredUsername());
  }

  @Test
  void reportsEveryViolationAtOnce() {
    Map<String, Object> userinfo = new HashMap<>();
    userinfo.put("sub", "idp-sub-4f1d");
    userinfo.put("given_name", "A".repeat(257));
    userinfo.put("birthdate", "1990-00-15");
    userinfo.put("gender", "X");
    userinfo.put("birthcountry", "99100");
    userinfo.put("birthplace", "75999");
    userinfo.put("email", "nobody");

    assertViolations(
        userinfo,
        "given_name must be at most 256 characters",
        "family_name is required",
        "birthdate has an unknown month (00) but a known day",
        "gender must be male, female or unspecified",
        "birthplace is not a COG commune code",
        "email is not a valid e-mail address");
  }

  @Test
  void checksNoBirthplaceWithoutAValidBirthCountry() {
    Map<String, Object> userinfo = userinfo();
    userinfo.remove("birthcountry");
    userinfo.put("birthplace", "75999");

    assertViolations(userinfo, "birthcountry is required");
  }

  @Test
  void neverRepeatsAValueInItsViolations() {
    Map<String, Object> userinfo = userinfo();
    userinfo.put("family_name", "DUBINÔRE".repeat(40));
    userinfo.put("birthdate", "1992-02-30");
    userinfo.put("birthplace", "75999");
    userinfo.put("email", "joelle.dubinore");

    List<IdentityViolation> violations = invalid(userinfo).violations();

    assertEquals(4, violations.size());
    for (IdentityViolation violation : violations) {
      for (String value : List.of("DUBIN", "1992", "75999", "joelle")) {
        assertFalse(violation.toString().contains(value), violation.toString());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " "})
  void tellsAMissingSubjectApart(String blank) {
    Map<String, Object> userinfo = new HashMap<>();
    assertInstanceOf(IdentityCheckResult.MissingSubject.class, check.check(userinfo));

    userinfo = with("sub", blank);
    assertInstanceOf(IdentityCheckResult.MissingSubject.class, check.check(userinfo));

    userinfo.put("sub", 42);
    assertInstanceOf(IdentityCheckResult.MissingSubject.class, check.check(userinfo));
  }

  private static Map<String, Object> userinfo() {
    Map<String, Object> userinfo = new LinkedHashMap<>();
    userinfo.put("sub", "idp-sub-4f1d");
    userinfo.put("given_name", "Joëlle Françoise");
    userinfo.put("family_name", "DUBINÔRE");
    userinfo.put("birthdate", "1992-08-15");
    userinfo.put("gender", "female");
    userinfo.put("birthplace", "75117");
    userinfo.put("birthcountry", "99100");
    userinfo.put("email", "joelle.dubinore@example.fr");
    return userinfo;
  }

  private static Map<String, Object> with(String claim, Object value) {
    Map<String, Object> userinfo = userinfo();
    userinfo.put(claim, value);
    return userinfo;
  }

  private IdentityCheckResult.Valid valid(Map<String, Object> userinfo) {
    IdentityCheckResult result = check.check(userinfo);
    if (result instanceof IdentityCheckResult.Invalid invalid) {
      assertEquals(List.of(), invalid.violations(), "unexpected violations");
    }
    return assertInstanceOf(IdentityCheckResult.Valid.class, result);
  }

  private IdentityCheckResult.Invalid invalid(Map<String, Object> userinfo) {
    return assertInstanceOf(IdentityCheckResult.Invalid.class, check.check(userinfo));
  }

  private void assertViolations(Map<String, Object> userinfo, String... expected) {
    List<String> violations =
        invalid(userinfo).violations().stream().map(IdentityViolation::toString).toList();
    assertEquals(List.of(expected), violations);
  }
}
