package fr.fc.sandbox.dp;

import static fr.fc.sandbox.dp.TestHouseholds.household;
import static fr.fc.sandbox.dp.TestHouseholds.identity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReconciliationTest {

  static final TaxHousehold GARCIA =
      household(
          "rnipp_corrige", identity("JOSE MARIA", "GARCIA", "1982-05-19", "male", "99100"), 1);
  static final TaxHousehold LOEUVRE =
      household("accents", identity("CHLOE", "LOEUVRE", "1990-02-03", "female", "99100"), 2);
  static final TaxHousehold DUBOIS =
      household("test", identity("Angela Claire", "DUBOIS", "1962-08-24", "female", "99100"), 3);
  static final List<TaxHousehold> HOUSEHOLDS = List.of(GARCIA, LOEUVRE, DUBOIS);

  @Test
  void accentsAndCaseDoNotCount() {
    PivotIdentity citizen = identity("José María", "García", "1982-05-19", "male", "99100");

    assertEquals(GARCIA, Reconciliation.householdOf(citizen, HOUSEHOLDS));
  }

  @Test
  void ligaturesAreSpelledOut() {
    PivotIdentity citizen = identity("Chloé", "Lœuvre", "1990-02-03", "female", "99100");

    assertEquals(LOEUVRE, Reconciliation.householdOf(citizen, HOUSEHOLDS));
  }

  @Test
  void onlyTheFirstGivenNameCounts() {
    PivotIdentity citizen = identity("angela louise", "dubois", "1962-08-24", "female", "99100");

    assertEquals(DUBOIS, Reconciliation.householdOf(citizen, HOUSEHOLDS));
  }

  @Test
  void theFirstGivenNameIsTheFirstOfGivenNameArrayWhenFcSendsIt() {
    PivotIdentity citizen =
        PivotIdentity.fromClaims(
            Map.of(
                "given_name", "Claire Angela",
                "given_name_array", List.of("Angela", "Claire"),
                "family_name", "DUBOIS",
                "birthdate", "1962-08-24",
                "gender", "female",
                "birthcountry", "99100"));

    assertEquals(DUBOIS, Reconciliation.householdOf(citizen, HOUSEHOLDS));
  }

  @Test
  void anyOtherDifferenceIsNoMatch() {
    assertNotFound(identity("Angela", "DUBOIS", "1962-08-25", "female", "99100"), "no tax");
    assertNotFound(identity("Angela", "DUBOIS", "1962-08-24", "male", "99100"), "no tax");
    assertNotFound(identity("Angela", "DUBOIS", "1962-08-24", "female", "99134"), "no tax");
    assertNotFound(identity("Angèle", "DUBOIS", "1962-08-24", "female", "99100"), "no tax");
    assertNotFound(identity("Angela", "DUBOIS-MARTIN", "1962-08-24", "female", "99100"), "no tax");
    assertNotFound(identity("Claire", "DUBOIS", "1962-08-24", "female", "99100"), "no tax");
  }

  @Test
  void twoMatchesAreNoMatch() {
    TaxHousehold namesake =
        household("other", identity("ANGELA", "DUBOIS", "1962-08-24", "female", "99100"), 4);
    PivotIdentity citizen = identity("Angela", "Dubois", "1962-08-24", "female", "99100");

    DpException refusal =
        assertThrows(
            DpException.class,
            () -> Reconciliation.householdOf(citizen, List.of(DUBOIS, GARCIA, namesake)));

    assertEquals(DpError.NOT_FOUND, refusal.error());
    assertTrue(refusal.getMessage().contains("several"), refusal.getMessage());
  }

  @Test
  void anIdentityWithoutNamesMatchesNothing() {
    PivotIdentity nobody = PivotIdentity.fromClaims(Map.of("birthdate", "1962-08-24"));

    assertNotFound(nobody, "no given name");
  }

  @Test
  void comparableNamesAreUpperCaseWithoutAccentsAndFoldedSpaces() {
    assertEquals("JOELLE", ComparableName.of("Joëlle"));
    assertEquals("DE LA VILLE-MARTIN", ComparableName.of("  de la  Ville-Martin "));
    assertEquals("AELIS OEDIPE", ComparableName.of("Ælis Œdipe"));
  }

  private static void assertNotFound(PivotIdentity citizen, String reason) {
    DpException refusal =
        assertThrows(DpException.class, () -> Reconciliation.householdOf(citizen, HOUSEHOLDS));
    assertEquals(DpError.NOT_FOUND, refusal.error());
    assertTrue(refusal.getMessage().contains(reason), refusal.getMessage());
  }
}
