package fr.fc.sandbox.rnipp;

import static fr.fc.sandbox.rnipp.RegisterFileTest.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static fr.fc.sandbox.rnipp.TestXml.count;
import static fr.fc.sandbox.rnipp.TestXml.only;
import static fr.fc.sandbox.rnipp.TestXml.parse;
import static fr.fc.sandbox.rnipp.TestXml.text;
import static fr.fc.sandbox.rnipp.TestXml.texts;

import fr.fc.sandbox.rnipp.Identification.Type;
import fr.fc.sandbox.rnipp.RegisterRecord.OnMatch;
import fr.fc.sandbox.rnipp.RegisterRecord.Place;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class IdentificationResponseTest {

  @Test
  void writesAFoundPersonInTheContractsShape() throws Exception {
    byte[] xml = IdentificationResponse.xml(Identification.of(Type.FOUND, record("test")));

    assertTrue(
        new String(xml, StandardCharsets.UTF_8)
            .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ReponseIdentification>"));
    Element root = parse(xml).getDocumentElement();
    assertEquals("ReponseIdentification", root.getTagName());
    assertEquals("2", text(root, "TypeReponseIdentification"));
    Element individu = only(root, "Individu");
    assertEquals("DUBOIS", text(individu, "NomNaissance"));
    assertEquals(0, count(individu, "NomUsage"));
    assertEquals(3, count(only(individu, "Prenoms"), "Prenom"));
    assertEquals(
        "Angela Claire Louise",
        String.join(" ", texts(only(individu, "Prenoms"), "Prenom")));
    assertEquals("F", text(individu, "Sexe"));
    assertEquals("1962-08-24", text(individu, "DateNaissance"));
    Element lieu = only(individu, "LieuNaissance");
    assertEquals("75107", only(lieu, "Localite").getAttribute("code"));
    assertEquals("PARIS 7E ARRONDISSEMENT", text(lieu, "Localite"));
    assertEquals("99100", only(lieu, "Pays").getAttribute("code"));
    assertEquals("FRANCE", text(lieu, "Pays"));
    assertEquals(0, count(individu, "Deces"));
  }

  @Test
  void writesTheRegistersSpellingInUtf8() throws Exception {
    Element individu = individu(Identification.of(Type.CORRECTED, record("rnipp_corrige")));

    assertEquals("GARCÍA", text(individu, "NomNaissance"));
    assertEquals(List.of("José", "María"), texts(only(individu, "Prenoms"), "Prenom"));
  }

  @Test
  void leavesOutTheLocaliteOfAPersonBornAbroad() throws Exception {
    Element lieu = only(individu(Identification.of(Type.FOUND, record("rnipp_etranger"))),
        "LieuNaissance");

    assertEquals(0, count(lieu, "Localite"));
    assertEquals("99134", only(lieu, "Pays").getAttribute("code"));
  }

  @Test
  void writesTheDeathAndTheUsageName() throws Exception {
    Element decede = individu(Identification.of(Type.FOUND, record("rnipp_decede")));
    Element usage = individu(Identification.of(Type.USAGE_NAME, record("rnipp_usage")));

    assertEquals("2021-03-02", text(only(decede, "Deces"), "DateDeces"));
    assertEquals("MOREAU", text(usage, "NomUsage"));
    assertEquals("PETIT", text(usage, "NomNaissance"));
  }

  @Test
  void writesThePresumedBirthdateAsTheRegisterHasIt() throws Exception {
    assertEquals(
        "1975",
        text(individu(Identification.of(Type.FOUND, record("rnipp_presume"))), "DateNaissance"));
  }

  @Test
  void writesEveryHomonym() throws Exception {
    Identification several =
        new Identification(
            Type.SEVERAL, List.of(record("rnipp_homonyme_1"), record("rnipp_homonyme_2")));

    Element root = parse(IdentificationResponse.xml(several)).getDocumentElement();
    assertEquals("6", text(root, "TypeReponseIdentification"));
    assertEquals(2, count(root, "Individu"));
  }

  @Test
  void writesNoIndividuForTypesWithoutRecords() throws Exception {
    for (Type type : List.of(Type.CLOSE, Type.NOT_FOUND, Type.REJECTED)) {
      Element root =
          parse(IdentificationResponse.xml(Identification.without(type))).getDocumentElement();
      assertEquals(Integer.toString(type.code()), text(root, "TypeReponseIdentification"));
      assertEquals(0, count(root, "Individu"));
    }
  }

  @Test
  void escapesEveryValue() throws Exception {
    RegisterRecord odd =
        new RegisterRecord(
            "odd", OnMatch.IDENTIFY, "<B&B>", "\"O'Hara\"", List.of("A]]>B"), "M", "2000",
            Optional.of(new Place("75101", "<PARIS & CO>")), new Place("99100", "FRANCE"), "");

    Element individu = individu(Identification.of(Type.FOUND, odd));

    assertEquals("<B&B>", text(individu, "NomNaissance"));
    assertEquals("\"O'Hara\"", text(individu, "NomUsage"));
    assertEquals("A]]>B", text(only(individu, "Prenoms"), "Prenom"));
    assertEquals("<PARIS & CO>", text(only(individu, "LieuNaissance"), "Localite"));
  }

  @Test
  void writesATypeTwoWithoutIndividuWhenOffShape() throws Exception {
    Element root = parse(IdentificationResponse.offShape()).getDocumentElement();

    assertEquals("2", text(root, "TypeReponseIdentification"));
    assertEquals(0, count(root, "Individu"));
  }

  private static Element individu(Identification identification) throws Exception {
    return only(parse(IdentificationResponse.xml(identification)).getDocumentElement(), "Individu");
  }
}
