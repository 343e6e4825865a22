package fr.fc.rnipp.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RnippQueryTest {

  private static RnippQuery query(String birthdate, String gender, String placeCode) {
    return new RnippQuery(
        "DUBOIS", List.of("Angela", "Claire", "Louise"), birthdate, gender, placeCode);
  }

  @Test
  void parametersFollowTheWireFormatInItsOrder() {
    Map<String, String> parameters = query("1962-08-24", "female", "75107").parameters();

    assertEquals(
        List.of("rechercheType", "nom", "prenoms", "dateNaissance", "sexe", "codeLieuNaissance"),
        List.copyOf(parameters.keySet()));
    assertEquals("S", parameters.get("rechercheType"));
    assertEquals("DUBOIS", parameters.get("nom"));
    assertEquals("Angela Claire Louise", parameters.get("prenoms"));
    assertEquals("19620824", parameters.get("dateNaissance"));
    assertEquals("F", parameters.get("sexe"));
    assertEquals("75107", parameters.get("codeLieuNaissance"));
  }

  @ParameterizedTest
  @CsvSource({"1962-08-24, 19620824", "1962-08-00, 19620800", "1962-00-00, 19620000"})
  void presumedDatesKeepTheirZeros(String birthdate, String dateNaissance) {
    assertEquals(dateNaissance, query(birthdate, "male", "75107").parameters().get("dateNaissance"));
  }

  @ParameterizedTest
  @CsvSource({"male, M", "female, F", "unspecified, I"})
  void genderBecomesSexe(String gender, String sexe) {
    assertEquals(sexe, query("1962-08-24", gender, "75107").parameters().get("sexe"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"75107", "2A004", "2B050", "97411", "98729", "99100", "99352"})
  void placeCodeIsSentAsGiven(String placeCode) {
    assertEquals(
        placeCode, query("1962-08-24", "male", placeCode).parameters().get("codeLieuNaissance"));
  }

  @Test
  void queryStringIsUtf8PercentEncoded() {
    RnippQuery query =
        new RnippQuery("DE LA FONTAINE-ÉLOÏSE", List.of("Jean-Loïc", "Zoë+A&B"), "1980-00-00",
            "unspecified", "99352");

    String queryString = query.queryString();

    assertEquals(
        "rechercheType=S&nom=DE%20LA%20FONTAINE-%C3%89LO%C3%8FSE"
            + "&prenoms=Jean-Lo%C3%AFc%20Zo%C3%AB%2BA%26B"
            + "&dateNaissance=19800000&sexe=I&codeLieuNaissance=99352",
        queryString);
    assertEquals(query.parameters(), decode(queryString));
  }

  @Test
  void noGivenNameIsAnEmptyPrenoms() {
    RnippQuery query = new RnippQuery("X", List.of(), "2000-01-01", "male", "75056");
    assertEquals("", query.parameters().get("prenoms"));
  }

  @ParameterizedTest
  @CsvSource({
    "19620824, male, 75107",
    "1962-8-24, male, 75107",
    "1962-08-24, homme, 75107",
    "1962-08-24, MALE, 75107",
    "1962-08-24, male, 7510",
    "1962-08-24, male, 2C004",
    "1962-08-24, male, Paris"
  })
  void malformedValuesAreRefusedWithoutRepeatingThem(
      String birthdate, String gender, String placeCode) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> query(birthdate, gender, placeCode));
    assertFalse(e.getMessage().contains("1962"));
    assertFalse(e.getMessage().contains("Paris"));
  }

  @Test
  void toStringWithholdsThePerson() {
    assertEquals("RnippQuery[withheld]", query("1962-08-24", "female", "75107").toString());
  }

  @Test
  void survivesSerialization() throws IOException, ClassNotFoundException {
    RnippQuery query = query("1962-08-24", "female", "75107");
    assertEquals(query, roundTrip(query));
  }

  /** The parameters of a query string, as a server decodes them. */
  static Map<String, String> decode(String queryString) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String parameter : queryString.split("&")) {
      String[] nameValue = parameter.split("=", 2);
      parameters.put(
          URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
          URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
    }
    return parameters;
  }

  static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }
}
