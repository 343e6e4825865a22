package fr.fc.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request parameters: each given once, or the request is refused naming the repeated one. */
class FormsTest {

  private static MultivaluedMap<String, String> form(String... namesAndValues) {
    MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      form.add(namesAndValues[i], namesAndValues[i + 1]);
    }
    return form;
  }

  @Test
  void eachParameterGivenOnceIsTaken() {
    MultivaluedMap<String, String> form = form("code", "c", "grant_type", "authorization_code");
    form.put("bare", List.of());

    Map<String, String> values = Forms.singleValues(form, FcError.PARAMETER_DUPLICATED);

    assertEquals(Map.of("code", "c", "grant_type", "authorization_code", "bare", ""), values);
  }

  @Test
  void aRepeatedParameterIsRefusedByName() {
    FcException error =
        assertThrows(
            FcException.class,
            () -> Forms.singleValues(form("code", "c1", "code", "c2"), FcError.PARAMETER_DUPLICATED));

    assertEquals(FcError.PARAMETER_DUPLICATED, error.error());
    assertEquals("parameter 'code' is given more than once", error.description());
  }

  @Test
  void aRepeatedAuthorizationParameterIsTheAuthorizePage() {
    MultivaluedMap<String, String> query = form("client_id", "sp", "redirect_uri", "https://a/", "redirect_uri", "https://b/");

    FcException error =
        assertThrows(FcException.class, () -> Forms.singleValues(query, FcError.AUTHORIZE_PARAMETER_INVALID));

    assertEquals(FcError.AUTHORIZE_PARAMETER_INVALID, error.error());
    assertEquals("invalid authorization request: redirect_uri is given more than once", error.description());
    assertTrue(error.trustedReturn().isEmpty(), "a duplicated redirect_uri is never trusted");
  }

  @Test
  void aRepeatedValueIsRefusedEvenWhenEqual() {
    assertThrows(
        FcException.class,
        () -> Forms.singleValues(form("state", "s", "state", "s"), FcError.AUTHORIZE_PARAMETER_INVALID));
  }

  @Test
  void aForgedLongNameIsCutInTheDescription() {
    String name = "n".repeat(10_000);

    FcException error =
        assertThrows(
            FcException.class, () -> Forms.singleValues(form(name, "a", name, "b"), FcError.PARAMETER_DUPLICATED));

    assertEquals("parameter '" + "n".repeat(64) + "...' is given more than once", error.description());
  }

  @Test
  void noFormIsNoParameters() {
    assertEquals(Map.of(), Forms.singleValues(null, FcError.PARAMETER_DUPLICATED));
  }

  @Test
  void aBackChannelPostWithoutFormLacksItsFirstParameter() {
    FcException error = assertThrows(FcException.class, () -> Forms.required(null, FcError.GRANT_TYPE_MISSING));

    assertEquals(FcError.GRANT_TYPE_MISSING, error.error());
    MultivaluedMap<String, String> form = form("grant_type", "authorization_code");
    assertSame(form, Forms.required(form, FcError.GRANT_TYPE_MISSING));
  }

  @Test
  void firstValuesStillTakesTheFirstForEndpointsThatTolerateRepeats() {
    assertEquals(Map.of("a", "1"), Forms.firstValues(form("a", "1", "a", "2")));
  }
}
