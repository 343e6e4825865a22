package fr.fc.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.fc.session.AccessToken;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The access token presented at userinfo (contract section 1.5, RFC 6750). */
class BearerTokenTest {

  static final long ISSUED_AT = 1_700_000_000L;

  private static FcError missing(String authorization, String parameter) {
    return assertThrows(FcException.class, () -> BearerToken.extract(authorization, parameter)).error();
  }

  private static FcError inactive(Optional<AccessToken> found, long now) {
    return assertThrows(FcException.class, () -> BearerToken.requireActive(found, now)).error();
  }

  private static AccessToken token() {
    return new AccessToken(
        "t", "sp", List.of("openid"), "sub", "eidas1", TokenFixtures.identity(), "impots", ISSUED_AT, ISSUED_AT + 60, "flow");
  }

  @Test
  void readsTheBearerHeader() {
    assertEquals("abc", BearerToken.extract("Bearer abc", null));
    assertEquals("abc", BearerToken.extract("bearer abc", null));
  }

  @Test
  void readsTheAccessTokenParameter() {
    assertEquals("abc", BearerToken.extract(null, "abc"));
  }

  @Test
  void theHeaderWinsOverTheParameter() {
    assertEquals("abc", BearerToken.extract("Bearer abc", "xyz"));
  }

  @Test
  void noTokenIsTheContractsMissingToken() {
    FcError error = missing(null, null);

    assertEquals(FcError.ACCESS_TOKEN_MISSING, error);
    assertEquals("Y04146A2", error.code());
    assertEquals("invalid_token", error.oidcError());
    assertEquals(401, error.httpStatus());
    assertEquals(FcError.ACCESS_TOKEN_MISSING, missing("Bearer ", ""));
    assertEquals(FcError.ACCESS_TOKEN_MISSING, missing("Basic c3A6cw==", null));
  }

  @Test
  void anActiveTokenIsAccepted() {
    assertEquals(token(), BearerToken.requireActive(Optional.of(token()), ISSUED_AT + 59));
  }

  @Test
  void anUnknownExpiredOrRevokedTokenIsNotFound() {
    FcError error = inactive(Optional.empty(), ISSUED_AT);

    assertEquals(FcError.ACCESS_TOKEN_NOT_FOUND, error);
    assertEquals("Y040001", error.code());
    assertEquals("invalid_token", error.oidcError());
    assertEquals(401, error.httpStatus());
    assertEquals(FcError.ACCESS_TOKEN_NOT_FOUND, inactive(Optional.of(token()), ISSUED_AT + 60));
  }
}
