package fr.fc.sandbox.sp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogoutRequestTest {

  @Test
  void sendsTheIdTokenHintStateAndPostLogoutUri() {
    URI url =
        LogoutRequest.build(
            AuthorizationRequestTest.FC,
            AuthorizationRequestTest.SP,
            "id.token.jwt",
            "logout-state");

    assertEquals("/api/v2/session/end", url.getPath());
    assertEquals(
        Map.of(
            "id_token_hint", "id.token.jwt",
            "state", "logout-state",
            "post_logout_redirect_uri", "http://localhost:7100/sp/logout-callback"),
        QueryParameters.of(url));
  }

  @Test
  void aV1LoginLogsOutAtFcsV1LogoutWithTheSameParameters() {
    URI url =
        LogoutRequest.build(
            AuthorizationRequestTest.FC_V1,
            AuthorizationRequestTest.LEGACY_SP,
            "v1.id.token",
            "logout-state");

    assertEquals("https://fc.example/api/v1/logout", url.toString().split("\\?")[0]);
    assertEquals(
        Map.of(
            "id_token_hint", "v1.id.token",
            "state", "logout-state",
            "post_logout_redirect_uri", "http://localhost:7100/sp/logout-callback"),
        QueryParameters.of(url));
  }
}
