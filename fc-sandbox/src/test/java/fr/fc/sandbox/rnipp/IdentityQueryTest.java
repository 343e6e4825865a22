package fr.fc.sandbox.rnipp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityQueryTest {

  @Test
  void readsAWellFormedQuery() {
    IdentityQuery query = parse(TestQueries.dubois());

    assertEquals(
        new IdentityQuery("DUBOIS", "Angela Claire Louise", "19620824", "F", "75107"), query);
  }

  @Test
  void acceptsPresumedDatesCorsicaAndCountries() {
    parse(TestQueries.dubois("dateNaissance", "19850400"));
    parse(TestQueries.dubois("dateNaissance", "19700000"));
    parse(TestQueries.dubois("codeLieuNaissance", "2A004"));
    parse(TestQueries.dubois("codeLieuNaissance", "99134", "sexe", "I"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"rechercheType", "nom", "prenoms", "dateNaissance", "sexe",
      "codeLieuNaissance"})
  void rejectsAQueryWithoutAParameter(String name) {
    Map<String, String> parameters = TestQueries.dubois();
    parameters.remove(name);

    assertThrows(IdentityQuery.Rejected.class, () -> parse(parameters));
  }

  @ParameterizedTest
  @CsvSource({
    "rechercheType, P",
    "nom, ' '",
    "prenoms, ''",
    "dateNaissance, 1962-08-24",
    "dateNaissance, 19620230",
    "dateNaissance, 19900015",
    "sexe, f",
    "sexe, X",
    "codeLieuNaissance, 7510",
    "codeLieuNaissance, 751070",
    "codeLieuNaissance, 2C004",
    "codeLieuNaissance, PARIS"
  })
  void rejectsAMalformedParameter(String name, String value) {
    assertThrows(IdentityQuery.Rejected.class, () -> parse(TestQueries.dubois(name, value)));
  }

  private static IdentityQuery parse(Map<String, String> parameters) {
    return IdentityQuery.parse(parameters::get);
  }
}
