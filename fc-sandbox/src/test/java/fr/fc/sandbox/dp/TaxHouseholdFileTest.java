package fr.fc.sandbox.dp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaxHouseholdFileTest {

  @Test
  void theDataFileHoldsTheMainDemoAccountsHousehold() {
    TaxHousehold test =
        TaxHouseholdFile.read().stream()
            .filter(household -> household.demoAccount().equals("test"))
            .findFirst()
            .orElseThrow();

    assertEquals("DUBOIS", test.declarant().familyName());
    assertEquals(24500L, test.taxData().get("rfr"));
    assertEquals(1.5, test.taxData().get("nbPart"));
    assertEquals(DgfipScopes.FIELDS, List.copyOf(test.taxData().keySet()));
  }

  @Test
  void refusesAHouseholdWithoutAField() {
    String json =
        """
        {"households": [{"demoAccount": "x",
          "declarant": {"given_name": "A", "family_name": "B", "birthdate": "2000-01-01",
                        "gender": "male", "birthcountry": "99100"},
          "taxData": {"rfr": 1, "nbPart": 1, "sitFam": "C", "aft": "",
                      "pac": {"nbPac": 0, "nbPacF": 0, "nbPacJ": 0, "nbPacR": 0, "nbPacH": 0},
                      "aftDetail": {"complementAdresse": "", "voie": "", "codePostal": ""}}}]}
        """;

    IllegalStateException wrong =
        assertThrows(IllegalStateException.class, () -> TaxHouseholdFile.parse(json));

    assertTrue(wrong.getMessage().contains("household 1: commune is missing"), wrong.getMessage());
  }

  @Test
  void refusesADeclarantWithoutBirthDate() {
    String json =
        """
        {"households": [{"demoAccount": "x",
          "declarant": {"given_name": "A", "family_name": "B", "gender": "male",
                        "birthcountry": "99100"}, "taxData": {}}]}
        """;

    IllegalStateException wrong =
        assertThrows(IllegalStateException.class, () -> TaxHouseholdFile.parse(json));

    assertTrue(wrong.getMessage().contains("birthdate is missing"), wrong.getMessage());
  }

  @Test
  void refusesAFileWithoutHouseholds() {
    assertThrows(IllegalStateException.class, () -> TaxHouseholdFile.parse("{\"x\": []}"));
    assertThrows(IllegalStateException.class, () -> TaxHouseholdFile.parse("[]"));
  }

  @Test
  void theHouseholdsTaxDataCannotBeChangedAfterLoading() {
    TaxHousehold household = TaxHouseholdFile.read().get(0);

    assertThrows(
        UnsupportedOperationException.class, () -> household.taxData().put("rfr", Map.of()));
  }
}
