package fr.fc.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CogCatalogueTest {

  private final CogCatalogue cog = CogCatalogue.bundled();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "01001", // Ain, first commune
        "2A004", // Ajaccio
        "2B050", // Calvi
        "75107", // Paris 7e arrondissement
        "69381", // Lyon 1er arrondissement
        "13201", // Marseille 1er arrondissement
        "97411", // Saint-Denis, La Réunion
        "97611", // Mamoudzou, Mayotte
        "98729", // Moorea-Maiao, Polynésie française
        "98611", // Alo, Wallis-et-Futuna
        "01340", // Saint-Bois, a delegated commune
        "01126", // merged into Valserhône: only an old code
        "20004" // Ajaccio before Corsica was split (1976)
      })
  void knowsCommunes(String code) {
    assertTrue(cog.isCommune(code));
  }

  @ParameterizedTest
  @ValueSource(strings = {"75999", "2C004", "20", "", "99100", "2a004", " 75107"})
  void refusesWhatIsNotACommune(String code) {
    assertFalse(cog.isCommune(code));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "99100", // France
        "99134", // Spain
        "99352", // Algeria
        "99443", // Bonaire, Saint-Eustache, Saba: a quoted name in pays.csv
        "99115", // Czechoslovakia, historical
        "99245", // South Vietnam, historical
        "98204" // former code of Côte d'Ivoire
      })
  void knowsCountries(String code) {
    assertTrue(cog.isCountry(code));
  }

  @ParameterizedTest
  @ValueSource(strings = {"XXXXX", "99999", "75107", "FR", "", "99100 "})
  void refusesWhatIsNotACountry(String code) {
    assertFalse(cog.isCountry(code));
  }

  @Test
  void loadsOnce() {
    assertSame(CogCatalogue.bundled(), CogCatalogue.bundled());
  }
}
