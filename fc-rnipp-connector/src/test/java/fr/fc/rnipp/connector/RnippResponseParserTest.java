package fr.fc.rnipp.connector;

import static fr.fc.rnipp.connector.RegisterXml.ANGELA;
import static fr.fc.rnipp.connector.RegisterXml.BORN_ABROAD;
import static fr.fc.rnipp.connector.RegisterXml.answer;
import static fr.fc.rnipp.connector.RegisterXml.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.rnipp.connector.RegisterPerson.Sex;
import fr.fc.rnipp.connector.RnippException.Failure;
import fr.fc.rnipp.connector.RnippResult.ResponseType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RnippResponseParserTest {

  private static RnippResult parse(String xml) throws RnippException {
    return RnippResponseParser.parse(utf8(xml));
  }

  private static RnippException invalid(String xml) {
    RnippException e = assertThrows(RnippException.class, () -> parse(xml));
    assertEquals(Failure.INVALID_RESPONSE, e.failure());
    return e;
  }

  @Test
  void type2FoundWithEveryElementAndADeathRecord() throws RnippException {
    String deceased =
        ANGELA.replace("</Individu>", "<Deces><DateDeces>2021-03-02</DateDeces></Deces></Individu>");

    RnippResult result = parse(answer(2, deceased));

    assertEquals(ResponseType.TYPE_2_FOUND, result.type());
    RegisterPerson person = result.person();
    assertEquals("DUBOIS", person.birthName());
    assertEquals("MARTIN", person.usageName());
    assertEquals(List.of("Angela", "Claire", "Louise"), person.givenNames());
    assertEquals(Sex.F, person.sex());
    assertEquals("female", person.sex().gender());
    assertEquals("1962-08-24", person.birthdate());
    assertEquals("75107", person.birthplaceCode());
    assertEquals("99100", person.birthCountryCode());
    assertTrue(person.bornInFrance());
    assertTrue(person.deceased());
    assertEquals("2021-03-02", person.deathDate());
  }

  @Test
  void type2AliveHasNoDeathDate() throws RnippException {
    RegisterPerson person = parse(answer(2, ANGELA)).person();
    assertFalse(person.deceased());
    assertNull(person.deathDate());
  }

  @Test
  void aDecesWithoutDateStillMeansDeceased() throws RnippException {
    RegisterPerson person =
        parse(answer(2, ANGELA.replace("</Individu>", "<Deces/></Individu>"))).person();
    assertTrue(person.deceased());
    assertNull(person.deathDate());
  }

  @Test
  void type3CorrectedIsTheRegistersVersion() throws RnippException {
    RnippResult result = parse(answer(3, ANGELA));
    assertEquals(ResponseType.TYPE_3_CORRECTED, result.type());
    assertEquals("DUBOIS", result.person().birthName());
  }

  @Test
  void type7FoundUnderTheUsageName() throws RnippException {
    RnippResult result = parse(answer(7, ANGELA));
    assertEquals(ResponseType.TYPE_7_USAGE_NAME, result.type());
    assertEquals("MARTIN", result.person().usageName());
  }

  @Test
  void type6SeveralHasEveryPersonInOrder() throws RnippException {
    RnippResult result = parse(answer(6, ANGELA, BORN_ABROAD));

    assertEquals(ResponseType.TYPE_6_SEVERAL, result.type());
    assertEquals(
        List.of("DUBOIS", "ÉLOÏSE"),
        result.persons().stream().map(RegisterPerson::birthName).toList());
    assertThrows(IllegalStateException.class, result::person);
  }

  @ParameterizedTest
  @CsvSource({"4, TYPE_4_CLOSE", "8, TYPE_8_NOT_FOUND", "9, TYPE_9_REJECTED"})
  void typesWithoutPerson(int code, ResponseType type) throws RnippException {
    RnippResult result = parse(answer(code));
    assertEquals(type, result.type());
    assertEquals(List.of(), result.persons());
  }

  @Test
  void bornAbroadWithoutLocaliteHasTheCountryOnly() throws RnippException {
    RegisterPerson person = parse(answer(2, BORN_ABROAD)).person();

    assertNull(person.birthplaceCode());
    assertEquals("99352", person.birthCountryCode());
    assertFalse(person.bornInFrance());
    assertNull(person.usageName());
    assertEquals(List.of("Jean-Loïc"), person.givenNames());
    assertEquals(Sex.M, person.sex());
  }

  @Test
  void onlyALocaliteMeansFrance() throws RnippException {
    String onlyLocalite = ANGELA.replace("<Pays code=\"99100\">FRANCE</Pays>", "");
    RegisterPerson person = parse(answer(2, onlyLocalite)).person();

    assertEquals("75107", person.birthplaceCode());
    assertEquals("99100", person.birthCountryCode());
  }

  @ParameterizedTest
  @CsvSource({"1962-08-24", "1962-08", "1962"})
  void registerDatesAreKeptAsWritten(String date) throws RnippException {
    String xml = answer(2, ANGELA.replace("1962-08-24", date));
    assertEquals(date, parse(xml).person().birthdate());
  }

  @Test
  void corsicanCommuneCodes() throws RnippException {
    String xml = answer(2, ANGELA.replace("75107", "2A004"));
    assertEquals("2A004", parse(xml).person().birthplaceCode());
  }

  @Test
  void accentsInUtf8AndIso88591() throws RnippException {
    assertEquals("ÉLOÏSE", parse(answer(2, BORN_ABROAD)).person().birthName());

    String latin1 = answer(2, BORN_ABROAD).replace("UTF-8", "ISO-8859-1");
    RnippResult result =
        RnippResponseParser.parse(latin1.getBytes(StandardCharsets.ISO_8859_1));
    assertEquals("ÉLOÏSE", result.person().birthName());
  }

  @Test
  void unknownElementsAreIgnored() throws RnippException {
    String xml =
        answer(2, ANGELA.replace("<Sexe>", "<Extension>x</Extension><Sexe>"))
            .replace("<TypeReponseIdentification>", "<Horodatage/><TypeReponseIdentification>");
    assertEquals(Sex.F, parse(xml).person().sex());
  }

  @Test
  void aPersonWithoutGivenNameIsKept() throws RnippException {
    String xml =
        answer(2, ANGELA.replaceAll("<Prenoms>.*</Prenoms>", "<Prenoms/>"));
    assertEquals(List.of(), parse(xml).person().givenNames());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no type | <TypeReponseIdentification>2</TypeReponseIdentification> | ''",
        "two types | >2</TypeReponseIdentification> | >2</TypeReponseIdentification><TypeReponseIdentification>2</TypeReponseIdentification>",
        "unknown type 5 | <TypeReponseIdentification>2< | <TypeReponseIdentification>5<",
        "type not a number | <TypeReponseIdentification>2< | <TypeReponseIdentification>deux<",
        "empty type | <TypeReponseIdentification>2< | <TypeReponseIdentification><",
        "type 2 without Individu | <Individu> | <Ignored>",
        "wrong root | ReponseIdentification> | Reponse>",
        "no NomNaissance | <NomNaissance>DUBOIS</NomNaissance> | ''",
        "empty NomNaissance | <NomNaissance>DUBOIS</NomNaissance> | <NomNaissance> </NomNaissance>",
        "two NomNaissance | DUBOIS</NomNaissance> | A</NomNaissance><NomNaissance>B</NomNaissance>",
        "two NomUsage | <NomUsage>MARTIN</NomUsage> | <NomUsage>A</NomUsage><NomUsage>B</NomUsage>",
        "no Prenoms | Prenoms> | Prenomz>",
        "empty Prenom | <Prenom>Claire</Prenom> | <Prenom/>",
        "no Sexe | <Sexe>F</Sexe> | ''",
        "Sexe X | <Sexe>F</Sexe> | <Sexe>X</Sexe>",
        "Sexe lower-case | <Sexe>F</Sexe> | <Sexe>f</Sexe>",
        "no DateNaissance | <DateNaissance>1962-08-24</DateNaissance> | ''",
        "DateNaissance without dashes | 1962-08-24 | 19620824",
        "DateNaissance in French | 1962-08-24 | 24/08/1962",
        "no LieuNaissance | <LieuNaissance> | <Autre>",
        "Localite without code | <Localite code=\"75107\"> | <Localite>",
        "Localite code too short | code=\"75107\" | code=\"7510\"",
        "Pays code not 99 | code=\"99100\" | code=\"75100\"",
        "DateDeces malformed | </Individu> | <Deces><DateDeces>hier</DateDeces></Deces></Individu>",
        "not XML | <?xml | <html><?xml",
      })
  void malformedShapesAreInvalidResponses(String name, String target, String replacement) {
    String xml = answer(2, ANGELA);
    assertTrue(xml.contains(target), name);
    invalid(xml.replace(target, replacement));
  }

  @Test
  void aBirthPlaceWithNeitherCommuneNorCountryIsInvalid() {
    String noPlace = ANGELA.replaceAll("(?s)<LieuNaissance>.*</LieuNaissance>", "<LieuNaissance/>");
    invalid(answer(2, noPlace));
  }

  @ParameterizedTest
  @CsvSource({"2, 0", "3, 2", "7, 2", "6, 1", "6, 0", "4, 1", "8, 1", "9, 1"})
  void personCountMustFitTheType(int type, int persons) {
    String[] individus = new String[persons];
    Arrays.fill(individus, ANGELA);
    RnippException e = invalid(answer(type, individus));
    assertTrue(e.getMessage().contains("type " + type), e.getMessage());
  }

  @Test
  void emptyAndTruncatedBodiesAreInvalid() {
    invalid("");
    invalid(answer(2, ANGELA).substring(0, 120));
  }

  @Test
  void invalidMessagesDoNotRepeatPersonalData() {
    RnippException e = invalid(answer(2, ANGELA.replace("1962-08-24", "24/08/1962")));
    assertFalse(e.getMessage().contains("1962"), e.getMessage());
  }

  @Test
  void externalEntitiesAreRefused(@TempDir Path dir) throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET");
    String xxe =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE ReponseIdentification [<!ENTITY secret SYSTEM "%s">]>
        <ReponseIdentification>
          <TypeReponseIdentification>2</TypeReponseIdentification>
          %s
        </ReponseIdentification>
        """
            .formatted(secret.toUri(), ANGELA.replace("DUBOIS", "&secret;"));

    RnippException e = invalid(xxe);
    assertFalse(e.getMessage().contains("SECRET"));
  }

  /** Parsers are reused: one that refused a document, or read a good one, is as safe afterwards. */
  @Test
  void aReusedParserStillRefusesDoctypesAndStillReads(@TempDir Path dir) throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET");
    String xxe =
        answer(2, ANGELA.replace("DUBOIS", "&secret;"))
            .replace("<ReponseIdentification", "<!DOCTYPE ReponseIdentification [<!ENTITY secret SYSTEM \"%s\">]>\n<ReponseIdentification".formatted(secret.toUri()));
    for (int i = 0; i < 40; i++) {
      assertFalse(invalid(xxe).getMessage().contains("SECRET"));
      assertEquals("DUBOIS", parse(answer(2, ANGELA)).persons().get(0).birthName());
      invalid("<ReponseIdentification><TypeReponseIdentification>2");
    }
  }

  @Test
  void entityExpansionIsRefused() {
    String laughs =
        """
        <?xml version="1.0"?>
        <!DOCTYPE r [
          <!ENTITY a "aaaaaaaaaa">
          <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
          <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
        ]>
        <ReponseIdentification>
          <TypeReponseIdentification>8&c;</TypeReponseIdentification>
        </ReponseIdentification>
        """;
    invalid(laughs);
  }

  @Test
  void resultToStringWithholdsThePeople() throws RnippException {
    RnippResult result = parse(answer(2, ANGELA));
    assertEquals("RnippResult[type=TYPE_2_FOUND, persons=1]", result.toString());
    assertEquals("RegisterPerson[withheld]", result.person().toString());
  }

  @Test
  void resultSurvivesSerialization() throws Exception {
    RnippResult result = parse(answer(6, ANGELA, BORN_ABROAD));
    assertEquals(result, RnippQueryTest.roundTrip(result));
  }

  @Test
  void aResultRefusesACountThatDoesNotFitItsType() {
    RegisterPerson someone =
        new RegisterPerson("A", null, List.of(), Sex.I, "2000", null, "99100", false, null);
    assertThrows(
        IllegalArgumentException.class,
        () -> new RnippResult(ResponseType.TYPE_8_NOT_FOUND, List.of(someone)));
  }
}
