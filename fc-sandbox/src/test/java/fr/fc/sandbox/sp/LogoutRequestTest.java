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
}
