package fr.fc.sandbox.idp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedirectTest {

  @Test
  void encodesTheParametersAndLeavesOutAbsentOnes() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("error", "access_denied");
    parameters.put("error_description", "user authentication aborted");
    parameters.put("state", null);
    parameters.put("iss", "http://localhost:7100/idp/impots");

    assertEquals(
        "https://fc.example/cb?error=access_denied&error_description=user+authentication+aborted"
            + "&iss=http%3A%2F%2Flocalhost%3A7100%2Fidp%2Fimpots",
        Redirect.withQuery("https://fc.example/cb", parameters));
  }

  @Test
  void keepsTheQueryTheUriAlreadyHas() {
    assertEquals(
        "https://fc.example/cb?a=1&state=%26%3D",
        Redirect.withQuery("https://fc.example/cb?a=1", Map.of("state", "&=")));
  }
}
