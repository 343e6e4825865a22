package fr.fc.rnipp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.fc.identity.Birthdate;
import fr.fc.identity.PivotIdentity;
import fr.fc.rnipp.connector.RegisterPerson;
import fr.fc.rnipp.connector.RnippQuery;
import fr.fc.rnipp.connector.RnippResult;
import fr.fc.rnipp.connector.RnippResult.ResponseType;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The register's answers and what fc transmits or refuses (contract section 4). */
class RegisterIdentityTest {

  static final PivotIdentity FROM_IDP =
      new PivotIdentity(
          "jose maria", List.of("jose", "maria"), "garcia", "1975-01-01", "male", "", "99134",
          "jose@example.com", "");

  static RegisterPerson person(String birthdate, String place, String country, boolean deceased) {
    return new RegisterPerson(
        "GARCÍA", null, List.of("José", "María"), RegisterPerson.Sex.M, birthdate, place, country, deceased, null);
  }

  @Test
  void aCorrectedIdentityIsTheRegistersWithTheIdpsEmail() {
    RnippResult corrected = new RnippResult(ResponseType.TYPE_3_CORRECTED, List.of(person("1975", null, "99134", false)));

    PivotIdentity registered = RegisterIdentity.of(corrected, FROM_IDP);

    assertEquals("José María", registered.givenName());
    assertEquals(List.of("José", "María"), registered.givenNames());
    assertEquals("GARCÍA", registered.familyName());
    assertEquals("1975-01-01", registered.birthdate());
    assertEquals("", registered.birthplace());
    assertEquals("99134", registered.birthcountry());
    assertEquals("jose@example.com", registered.email());
  }

  @Test
  void presumedDatesArePaddedWithOne() {
    assertEquals("1975-01-01", RegisterIdentity.padded("1975"));
    assertEquals("1975-04-01", RegisterIdentity.padded("1975-04"));
    assertEquals("1975-04-12", RegisterIdentity.padded("1975-04-12"));
  }

  @Test
  void everyOtherAnswerIsTheContractsError() {
    Map<ResponseType, FcError> errors =
        Map.of(
            ResponseType.TYPE_4_CLOSE, FcError.RNIPP_CLOSE_RECORD,
            ResponseType.TYPE_8_NOT_FOUND, FcError.RNIPP_NOT_FOUND,
            ResponseType.TYPE_9_REJECTED, FcError.RNIPP_REJECTED);
    errors.forEach(
        (type, error) ->
            assertEquals(error, refused(new RnippResult(type, List.of()))));
    RegisterPerson one = person("1975-04-12", "75107", "99100", false);
    assertEquals(FcError.RNIPP_SEVERAL_RECORDS, refused(new RnippResult(ResponseType.TYPE_6_SEVERAL, List.of(one, one))));
    assertEquals(FcError.RNIPP_USAGE_NAME, refused(new RnippResult(ResponseType.TYPE_7_USAGE_NAME, List.of(one))));
  }

  @Test
  void aDeceasedPersonCannotLogIn() {
    RnippResult found = new RnippResult(ResponseType.TYPE_2_FOUND, List.of(person("1975-04-12", "75107", "99100", true)));

    assertEquals(FcError.RNIPP_DECEASED, refused(found));
    assertEquals(403, FcError.RNIPP_DECEASED.httpStatus());
  }

  @Test
  void theQueryUsesTheIdpsFormAndTheCountryForPeopleBornAbroad() {
    RnippQuery query = RnippQueries.of(FROM_IDP, Birthdate.parse("1975-00-00"));

    assertEquals("19750000", query.parameters().get("dateNaissance"));
    assertEquals("99134", query.parameters().get("codeLieuNaissance"));
    assertEquals("M", query.parameters().get("sexe"));
    assertEquals("jose maria", query.parameters().get("prenoms"));
  }

  private static FcError refused(RnippResult result) {
    return assertThrows(FcException.class, () -> RegisterIdentity.of(result, FROM_IDP)).error();
  }
}
