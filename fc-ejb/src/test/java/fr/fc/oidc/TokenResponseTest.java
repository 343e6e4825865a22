package fr.fc.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.fc.session.AccessToken;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The token endpoint's answer: exactly the contract's five members (section 1.3). */
class TokenResponseTest {

  @Test
  void hasExactlyTheContractsFiveMembers() {
    AccessToken token = AccessToken.issue(TokenFixtures.grant(), 1_700_000_000L, 60);

    Map<String, Object> members = TokenResponse.of(token, "id-token").members();

    assertEquals(List.of("access_token", "expires_in", "id_token", "scope", "token_type"), List.copyOf(members.keySet()));
    assertEquals(token.token(), members.get("access_token"));
    assertEquals(60L, members.get("expires_in"));
    assertEquals("id-token", members.get("id_token"));
    assertEquals("openid profile email", members.get("scope"));
    assertEquals("Bearer", members.get("token_type"));
  }
}
