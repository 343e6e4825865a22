package fr.fc.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PivotIdentityTest {

  @Test
  void givesItsClaimsInContractOrder() {
    Map<String, Object> claims =
        identity("75117", "99100", "joelle@example.fr", "MARTIN").toClaims();

    assertEquals(
        List.of(
            "given_name",
            "given_name_array",
            "family_name",
            "birthdate",
            "gender",
            "birthplace",
            "birthcountry",
            "email",
            "preferred_username"),
        List.copyOf(claims.keySet()));
    assertEquals(List.of("Joëlle", "Françoise"), claims.get("given_name_array"));
    assertEquals("75117", claims.get("birthplace"));
  }

  @Test
  void leavesOutAbsentOptionalClaims() {
    Map<String, Object> claims = identity("75117", "99100", null, null).toClaims();

    assertFalse(claims.containsKey("email"));
    assertFalse(claims.containsKey("preferred_username"));
  }

  @Test
  void keepsAnEmptyUsageName() {
    assertEquals("", identity("75117", "99100", null, "").toClaims().get("preferred_username"));
  }

  @Test
  void blanksTheBirthplaceOfAPersonBornAbroad() {
    PivotIdentity bornInSpain = identity("Madrid", "99134", null, null);

    assertEquals("", bornInSpain.birthplace());
    assertFalse(bornInSpain.bornInFrance());
    assertEquals("", identity(null, "99352", null, null).birthplace());
  }

  @Test
  void requiresABirthplaceForAPersonBornInFrance() {
    assertTrue(identity("75117", "99100", null, null).bornInFrance());
    assertThrows(NullPointerException.class, () -> identity(null, "99100", null, null));
  }

  @Test
  void copiesItsGivenNames() {
    List<String> givenNames = new ArrayList<>(List.of("Joëlle", "Françoise"));
    PivotIdentity identity = identity(givenNames);

    givenNames.add("Marie");

    assertEquals(List.of("Joëlle", "Françoise"), identity.givenNames());
    assertThrows(UnsupportedOperationException.class, () -> identity.givenNames().add("Marie"));
  }

  @Test
  void splitsTheGivenNameOnSpaces() {
    assertEquals(
        List.of("Jean-Pierre", "Marie"), PivotIdentity.splitGivenName("Jean-Pierre Marie"));
    assertEquals(List.of("Jean", "Marie"), PivotIdentity.splitGivenName(" Jean  Marie "));
    assertEquals(List.of("Anne"), PivotIdentity.splitGivenName("Anne"));
  }

  @Test
  void keepsPersonalDataOutOfItsDescription() {
    String description = identity("75117", "99100", "joelle@example.fr", null).toString();

    assertFalse(description.contains("DUBINÔRE"));
    assertFalse(description.contains("1992"));
  }

  private static PivotIdentity identity(
      String birthplace, String birthcountry, String email, String preferredUsername) {
    return new PivotIdentity(
        "Joëlle Françoise",
        List.of("Joëlle", "Françoise"),
        "DUBINÔRE",
        "1992-08-15",
        "female",
        birthplace,
        birthcountry,
        email,
        preferredUsername);
  }

  private static PivotIdentity identity(List<String> givenNames) {
    return new PivotIdentity(
        "Joëlle Françoise",
        givenNames,
        "DUBINÔRE",
        "1992-08-15",
        "female",
        "75117",
        "99100",
        null,
        null);
  }
}
