package fr.fc.sandbox.rnipp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameNormaliserTest {

  @Test
  void putsNamesInUpperCaseWithoutAccents() {
    assertEquals("DUBINORE", NameNormaliser.name("Dubinôre"));
    assertEquals("GARCIA", NameNormaliser.name("garcía"));
    assertEquals("JOELLE FRANCOISE", NameNormaliser.name("Joëlle Françoise"));
  }

  @Test
  void spellsOutLigatures() {
    assertEquals("LOEUVRE", NameNormaliser.name("LŒUVRE"));
    assertEquals("LAETITIA", NameNormaliser.name("Lætitia"));
  }

  @Test
  void foldsHyphensApostrophesAndSpaces() {
    assertEquals("D ETE LOEUVRE", NameNormaliser.name("D'ÉTÉ-LŒUVRE"));
    assertEquals("D ETE LOEUVRE", NameNormaliser.name("d’été  lœuvre"));
    assertEquals("DE LA VILLE MARTIN", NameNormaliser.name(" De la  Ville-Martin "));
    assertEquals("", NameNormaliser.name(" - "));
  }

  @Test
  void comparesGivenNamesInAnyOrder() {
    assertEquals(
        NameNormaliser.givenNames("José María"), NameNormaliser.givenNames("maria  jose"));
    assertEquals(
        List.of("ANGE", "JEAN", "MARIE", "PIERRE"),
        NameNormaliser.givenNames("Jean-Pierre Marie-Ange"));
    assertNotEquals(NameNormaliser.givenNames("Jean Jean"), NameNormaliser.givenNames("Jean"));
    assertEquals(List.of(), NameNormaliser.givenNames(" "));
  }

  @Test
  void tellsTheSameSpellingToTheLetter() {
    assertTrue(NameNormaliser.sameSpelling("Hélène", "He\u0301le\u0300ne"));
    assertFalse(NameNormaliser.sameSpelling("Hélène", "Helene"));
    assertFalse(NameNormaliser.sameSpelling("DUBOIS", "Dubois"));
  }
}
