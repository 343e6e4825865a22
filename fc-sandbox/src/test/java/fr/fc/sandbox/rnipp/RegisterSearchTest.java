package fr.fc.sandbox.rnipp;

import static fr.fc.sandbox.rnipp.Identification.Type.CLOSE;
import static fr.fc.sandbox.rnipp.Identification.Type.CORRECTED;
import static fr.fc.sandbox.rnipp.Identification.Type.FOUND;
import static fr.fc.sandbox.rnipp.Identification.Type.NOT_FOUND;
import static fr.fc.sandbox.rnipp.Identification.Type.SEVERAL;
import static fr.fc.sandbox.rnipp.Identification.Type.USAGE_NAME;
import static fr.fc.sandbox.rnipp.RegisterFileTest.record;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegisterSearchTest {

  private final RegisterSearch register = new RegisterSearch(RegisterFile.read());

  @Test
  void findsAPersonSpelledAsTheRegisterDoes() {
    Identification answer =
        identify("DUBOIS", "Angela Claire Louise", "19620824", "F", "75107");

    assertEquals(Identification.of(FOUND, record("test")), answer);
  }

  @Test
  void findsAPersonWithAPresumedBirthdate() {
    assertEquals(FOUND, identify("GIRARD", "Paul", "19850400", "M", "13055").type());
    assertEquals(FOUND, identify("FAURE", "Lucie", "19700000", "F", "59350").type());
    assertEquals(FOUND, identify("EL AMRANI", "Youssef", "19750000", "M", "99350").type());
  }

  @Test
  void findsAPersonBornAbroadByTheCountry() {
    assertEquals(FOUND, identify("FERNANDEZ", "Pablo", "19880909", "M", "99134").type());
  }

  @Test
  void correctsAccentsCaseAndTheOrderOfGivenNames() {
    Identification answer = identify("garcia", "maria jose", "19820519", "M", "64102");

    assertEquals(Identification.of(CORRECTED, record("rnipp_corrige")), answer);
    assertEquals(List.of("José", "María"), answer.individuals().get(0).givenNames());
  }

  @Test
  void correctsHyphensAndSpaces() {
    Identification compose =
        identify("DE LA VILLE MARTIN", "Jean Pierre Marie Ange", "19750312", "M", "69381");
    Identification dubois = identify("Dubois", "Angela  Claire Louise", "19620824", "F", "75107");

    assertEquals(Identification.of(CORRECTED, record("compose")), compose);
    assertEquals(Identification.of(CORRECTED, record("test")), dubois);
  }

  @Test
  void answersAllHomonyms() {
    Identification answer = identify("MARTIN", "Thomas", "19900101", "M", "67482");

    assertEquals(
        new Identification(
            SEVERAL, List.of(record("rnipp_homonyme_1"), record("rnipp_homonyme_2"))),
        answer);
  }

  @Test
  void findsAPersonOnlyUnderTheUsageName() {
    assertEquals(
        Identification.of(USAGE_NAME, record("rnipp_usage")),
        identify("MOREAU", "Isabelle", "19721003", "F", "44109"));
    assertEquals(
        USAGE_NAME, identify("D ETE LOEUVRE", "Joëlle Françoise", "19920815", "F", "75117").type());
  }

  @Test
  void findsAPersonWithAUsageNameByTheBirthName() {
    assertEquals(FOUND, identify("PETIT", "Isabelle", "19721003", "F", "44109").type());
  }

  @Test
  void answersCloseForAFlaggedRecord() {
    assertEquals(
        Identification.without(CLOSE), identify("ROUSSEAU", "Éric", "19681224", "M", "64445"));
  }

  @Test
  void answersADeceasedPersonWithTheRecord() {
    Identification answer = identify("FONTAINE", "Henri", "19310211", "M", "06088");

    assertEquals(FOUND, answer.type());
    assertEquals("2021-03-02", answer.individuals().get(0).deathDate());
  }

  @Test
  void findsNobodyUnknown() {
    assertEquals(
        Identification.without(NOT_FOUND), identify("INCONNU", "Léa", "20000229", "F", "31555"));
  }

  @ParameterizedTest
  @CsvSource({
    "DUBOI, Angela Claire Louise, 19620824, F, 75107",
    "DUBOIS, Angela Claire, 19620824, F, 75107",
    "DUBOIS, Angela Claire Louise Marie, 19620824, F, 75107",
    "DUBOIS, Angela Claire Louise, 19620825, F, 75107",
    "DUBOIS, Angela Claire Louise, 19620800, F, 75107",
    "DUBOIS, Angela Claire Louise, 19620824, M, 75107",
    "DUBOIS, Angela Claire Louise, 19620824, F, 75108",
    "DUBOIS, Angela Claire Louise, 19620824, F, 99100",
    "GIRARD, Paul, 19850412, M, 13055"
  })
  void findsNobodyWhenAnyPartDiffers(
      String nom, String prenoms, String dateNaissance, String sexe, String codeLieuNaissance) {
    assertEquals(
        NOT_FOUND, identify(nom, prenoms, dateNaissance, sexe, codeLieuNaissance).type());
  }

  private Identification identify(
      String nom, String prenoms, String dateNaissance, String sexe, String codeLieuNaissance) {
    return register.identify(
        new IdentityQuery(nom, prenoms, dateNaissance, sexe, codeLieuNaissance));
  }
}
