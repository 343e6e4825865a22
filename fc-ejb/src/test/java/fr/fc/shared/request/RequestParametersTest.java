package fr.fc.shared.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Request parameters: each given once, or the request is refused naming the repeated one. */
class RequestParametersTest {

  private static Map<String, List<String>> form(String... namesAndValues) {
    Map<String, List<String>> form = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      form.computeIfAbsent(namesAndValues[i], name -> new ArrayList<>()).add(namesAndValues[i + 1]);
    }
    return form;
  }

  @Test
  void eachParameterGivenOnceIsTaken() {
    Map<String, List<String>> form = form("code", "c", "grant_type", "authorization_code");
    form.put("bare", List.of());

    RequestParameters parameters = RequestParameters.of(form, FcError.PARAMETER_DUPLICATED);

    assertEquals(Map.of("code", "c", "grant_type", "authorization_code", "bare", ""), parameters.asMap());
    assertEquals("c", parameters.get("code"));
  }

  @Test
  void aServletsParametersFollowTheSameRule() {
    Map<String, String[]> servlet = Map.of("state", new String[] {"s"}, "code", new String[] {"c"});
    assertEquals("s", RequestParameters.ofServlet(servlet, FcError.FORM_PARAMETER_DUPLICATED).get("state"));

    Map<String, String[]> repeated = Map.of("state", new String[] {"s", "s2"});
    FcException refused =
        assertThrows(FcException.class, () -> RequestParameters.ofServlet(repeated, FcError.FORM_PARAMETER_DUPLICATED));
    assertEquals(FcError.FORM_PARAMETER_DUPLICATED, refused.error());
  }

  @Test
  void aBlankValueIsNoValueUnlessReadRaw() {
    RequestParameters parameters = RequestParameters.of(form("prompt", "", "state", "  "), FcError.PARAMETER_DUPLICATED);

    assertNull(parameters.get("prompt"));
    assertNull(parameters.get("state"));
    assertNull(parameters.get("absent"));
    assertEquals(Optional.of(""), parameters.raw("prompt"));
    assertEquals(Optional.empty(), parameters.raw("absent"));
  }

  @Test
  void aRepeatedParameterIsRefusedByName() {
    FcException error =
        assertThrows(
            FcException.class,
            () -> RequestParameters.of(form("code", "c1", "code", "c2"), FcError.PARAMETER_DUPLICATED));

    assertEquals(FcError.PARAMETER_DUPLICATED, error.error());
    assertEquals("parameter 'code' is given more than once", error.description());
  }

  @Test
  void aRepeatedAuthorizationParameterIsTheAuthorizePage() {
    Map<String, List<String>> query = form("client_id", "sp", "redirect_uri", "https://a/", "redirect_uri", "https://b/");

    FcException error =
        assertThrows(FcException.class, () -> RequestParameters.of(query, FcError.AUTHORIZE_PARAMETER_INVALID));

    assertEquals(FcError.AUTHORIZE_PARAMETER_INVALID, error.error());
    assertEquals("invalid authorization request: redirect_uri is given more than once", error.description());
    assertTrue(error.trustedReturn().isEmpty(), "a duplicated redirect_uri is never trusted");
  }

  @Test
  void aRepeatedValueIsRefusedEvenWhenEqual() {
    assertThrows(
        FcException.class,
        () -> RequestParameters.of(form("state", "s", "state", "s"), FcError.AUTHORIZE_PARAMETER_INVALID));
  }

  @Test
  void aForgedLongNameIsCutInTheDescription() {
    String name = "n".repeat(10_000);

    FcException error =
        assertThrows(
            FcException.class, () -> RequestParameters.of(form(name, "a", name, "b"), FcError.PARAMETER_DUPLICATED));

    assertEquals("parameter '" + "n".repeat(64) + "...' is given more than once", error.description());
  }

  @Test
  void noFormIsNoParameters() {
    assertEquals(Map.of(), RequestParameters.of(null, FcError.PARAMETER_DUPLICATED).asMap());
  }
}
