package fr.fc.sandbox.sp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FcJwtCheckTest {

  static final String ISSUER = "https://fc.example/api/v2";
  static final String CLIENT_ID = "sandbox-demo-sp";
  static final String NONCE = "nonce-of-this-login-attempt";

  private final TestKeys fcKeys = new TestKeys();
  private final FcJwtCheck check = new FcJwtCheck(fcKeys.resolver(), ISSUER, CLIENT_ID);

  @Test
  void acceptsAGoodIdToken() throws Exception {
    JwtClaims claims = check.idToken(fcKeys.sign(idToken()), NONCE);

    assertEquals("pairwise-sub", claims.getSubject());
  }

  static Stream<Arguments> idTokensThatMustBeRejected() {
    return Stream.of(
        rejected("another nonce", claims -> claims.setStringClaim("nonce", "another"), "nonce"),
        rejected("no nonce", claims -> claims.unsetClaim("nonce"), "nonce"),
        rejected("another audience", claims -> claims.setAudience("another-sp"), "Audience"),
        rejected("another issuer", claims -> claims.setIssuer("https://evil.example"), "Issuer"),
        rejected("an expiry 2 minutes ago", FcJwtCheckTest::expired, "no longer valid"),
        rejected("no expiry", claims -> claims.unsetClaim("exp"), "Expiration"),
        rejected("no subject", claims -> claims.unsetClaim("sub"), "Subject"));
  }

  @ParameterizedTest(name = "rejects an ID token with {0}")
  @MethodSource("idTokensThatMustBeRejected")
  void rejectsAnIdTokenWith(String what, Consumer<JwtClaims> change, String reason) {
    JwtClaims claims = idToken();
    change.accept(claims);

    assertIdTokenRejected(fcKeys.sign(claims), NONCE, reason);
  }

  @Test
  void rejectsAnUnsignedToken() {
    assertIdTokenRejected(TestKeys.unsigned(idToken()), NONCE, "none");
  }

  @Test
  void rejectsHs256EvenWithTheRightSecret() {
    String jwt = TestKeys.hs256(idToken(), "sandbox-sp-secret-for-demo-only!");

    assertIdTokenRejected(jwt, NONCE, "HS256");
  }

  @Test
  void rejectsATokenSignedByAnotherKey() {
    assertIdTokenRejected(new TestKeys().sign(idToken()), NONCE, "Invalid JWS Signature");
  }

  @Test
  void acceptsASignedUserinfoWithoutNonce() throws Exception {
    JwtClaims claims = idToken();
    claims.unsetClaim("nonce");
    claims.setStringClaim("given_name", "Angela Claire Louise");

    assertEquals(
        "Angela Claire Louise", check.userinfo(fcKeys.sign(claims)).getClaimValue("given_name"));
  }

  @Test
  void rejectsAUserinfoForAnotherSp() {
    JwtClaims claims = idToken();
    claims.setAudience("another-sp");

    SpException failure =
        assertThrows(SpException.class, () -> check.userinfo(fcKeys.sign(claims)));
    assertEquals(SpFailure.USERINFO, failure.failure());
  }

  static Arguments rejected(String what, Consumer<JwtClaims> change, String reason) {
    return Arguments.of(what, change, reason);
  }

  static void expired(JwtClaims claims) {
    claims.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() - 120));
  }

  static JwtClaims idToken() {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(ISSUER);
    claims.setSubject("pairwise-sub");
    claims.setAudience(CLIENT_ID);
    claims.setIssuedAtToNow();
    claims.setExpirationTimeMinutesInTheFuture(1);
    claims.setStringClaim("nonce", NONCE);
    claims.setStringClaim("acr", "eidas1");
    return claims;
  }

  private void assertIdTokenRejected(String jwt, String nonce, String reason) {
    SpException failure = assertThrows(SpException.class, () -> check.idToken(jwt, nonce));
    assertEquals(SpFailure.ID_TOKEN, failure.failure());
    assertTrue(failure.detail().contains(reason), failure.detail());
    assertTrue(!failure.detail().contains("pairwise-sub"), "no claim dump: " + failure.detail());
    assertTrue(!failure.detail().contains(jwt.split("\\.")[1]), "no token: " + failure.detail());
  }
}
