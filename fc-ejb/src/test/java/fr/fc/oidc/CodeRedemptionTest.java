package fr.fc.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.registry.RegisteredClient;
import fr.fc.session.AccessToken;
import fr.fc.session.AuthorizationCode;
import fr.fc.session.RedeemedCode;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Single-use codes, and the revocation of what a replayed code gave (security checklist row 3). */
class CodeRedemptionTest {

  static final long NOW = 1_700_000_100L;

  private final Map<String, AuthorizationCode> codes = new HashMap<>();
  private final Map<String, RedeemedCode> redeemed = new HashMap<>();
  private final Map<String, AccessToken> accessTokens = new HashMap<>();
  private final RegisteredClient client = TokenFixtures.client();
  private final RegisteredClient otherClient = TokenFixtures.client("other-sp", "other-secret", "ES256");

  private final CodeRedemption redemption =
      new CodeRedemption(
          code -> Optional.ofNullable(codes.remove(code)),
          code -> Optional.ofNullable(redeemed.get(code)),
          accessTokens::remove);

  CodeRedemptionTest() {
    codes.put("code-1", TokenFixtures.grant());
  }

  /** What the token service does with a redeemed code: a token, remembered under the code. */
  private AccessToken exchange(String code, RegisteredClient by) {
    AuthorizationCode grant = redemption.redeem(code, by);
    AccessToken token = AccessToken.issue(grant, NOW, 60);
    accessTokens.put(token.token(), token);
    redeemed.put(code, new RedeemedCode(by.clientId(), token.token()));
    return token;
  }

  private void notFound(String code, RegisteredClient by) {
    FcException refused = assertThrows(FcException.class, () -> redemption.redeem(code, by));
    assertEquals(FcError.CODE_NOT_FOUND, refused.error());
    assertEquals("invalid_grant", refused.error().oidcError());
  }

  @Test
  void aCodeIsRedeemedOnceByItsClient() {
    assertEquals(TokenFixtures.grant(), redemption.redeem("code-1", client));
    assertTrue(codes.isEmpty());
  }

  @Test
  void anUnknownOrExpiredCodeIsNotFound() {
    notFound("unknown", client);
  }

  @Test
  void aCodeIssuedToAnotherClientIsNotFoundAndBurnt() {
    notFound("code-1", otherClient);
    notFound("code-1", client);
  }

  @Test
  void aReplayedCodeIsNotFoundAndRevokesTheAccessTokenOfItsFirstRedemption() {
    AccessToken first = exchange("code-1", client);

    notFound("code-1", client);

    assertFalse(accessTokens.containsKey(first.token()));
    FcException atUserinfo =
        assertThrows(
            FcException.class,
            () -> BearerToken.requireActive(Optional.ofNullable(accessTokens.get(first.token())), NOW + 1));
    assertEquals(FcError.ACCESS_TOKEN_NOT_FOUND, atUserinfo.error());
  }

  @Test
  void aReplayByAnotherClientRevokesNothing() {
    AccessToken first = exchange("code-1", client);

    notFound("code-1", otherClient);

    assertTrue(accessTokens.containsKey(first.token()));
  }

  @Test
  void aReplayAfterTheRecordExpiredIsStillNotFound() {
    exchange("code-1", client);
    redeemed.clear();

    notFound("code-1", client);
  }
}
