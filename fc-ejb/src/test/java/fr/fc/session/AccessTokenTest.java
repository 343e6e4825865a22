package fr.fc.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Access tokens as the data grid keeps them: what the code granted, for 60 seconds. */
class AccessTokenTest {

  static final long NOW = 1_700_000_000L;

  private static AuthorizationCode grant() {
    LinkedHashMap<String, Object> identity = new LinkedHashMap<>();
    identity.put("given_name", "Angela");
    identity.put("given_name_array", List.of("Angela"));
    return new AuthorizationCode(
        "code", "sp", "https://sp/cb", List.of("openid", "given_name"), "nonce", "eidas1", null, false,
        List.of(), "sub", identity, NOW - 5, "idp", "flow");
  }

  @Test
  void carriesWhatTheCodeGranted() {
    AccessToken token = AccessToken.issue(grant(), NOW, 60);

    assertEquals("sp", token.clientId());
    assertEquals(List.of("openid", "given_name"), token.scopes());
    assertEquals("sub", token.sub());
    assertEquals("eidas1", token.acr());
    assertEquals(grant().identity(), token.identity());
    assertEquals(NOW, token.issuedAt());
    assertEquals(NOW + 60, token.expiresAt());
  }

  @Test
  void isAnUnguessableValueEachTime() {
    AccessToken first = AccessToken.issue(grant(), NOW, 60);
    AccessToken second = AccessToken.issue(grant(), NOW, 60);

    assertNotEquals(first.token(), second.token());
    assertEquals(43, first.token().length());
  }

  @Test
  void expiresAfterItsLifetime() {
    AccessToken token = AccessToken.issue(grant(), NOW, 60);

    assertFalse(token.isExpiredAt(NOW + 59));
    assertTrue(token.isExpiredAt(NOW + 60));
  }

  @Test
  void tokensAndRedemptionsSurviveTheDataGridsSerialization() throws Exception {
    AccessToken token = AccessToken.issue(grant(), NOW, 60);
    RedeemedCode redemption = new RedeemedCode("sp", token.token());

    assertEquals(token, roundTrip(token));
    assertEquals(redemption, roundTrip(redemption));
  }

  private static Object roundTrip(Object value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }
}
