package fr.fc.sandbox.sp;

import static fr.fc.sandbox.sp.FcJwtCheckTest.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The check of fc's v1 ID token: HS256 keyed with the SP's client secret, with an idp claim. */
class V1IdTokenCheckTest {

  static final String ISSUER = "https://fc.example/api/v2";
  static final String CLIENT_ID = "sandbox-legacy-sp";
  static final String SECRET = "sandbox-legacy-sp-secret-for-demo-only-hs256-signing-key";
  static final String NONCE = "nonce-of-this-login-attempt";

  private final FcJwtCheck check = FcJwtCheck.keyedWithClientSecret(SECRET, ISSUER, CLIENT_ID);

  @Test
  void acceptsAGoodIdToken() throws Exception {
    JwtClaims claims = check.idToken(TestKeys.hs256(idToken(), SECRET), NONCE);

    assertEquals("legacy-sub-v1", claims.getSubject());
    assertEquals("FC", claims.getStringClaimValue("idp"));
  }

  static Stream<Arguments> idTokensThatMustBeRejected() {
    return Stream.of(
        rejected("another nonce", claims -> claims.setStringClaim("nonce", "another"), "nonce"),
        rejected("no nonce", claims -> claims.unsetClaim("nonce"), "nonce"),
        rejected("another audience", claims -> claims.setAudience("sandbox-demo-sp"), "Audience"),
        rejected("another issuer", claims -> claims.setIssuer("https://evil.example"), "Issuer"),
        rejected("an expiry 2 minutes ago", FcJwtCheckTest::expired, "no longer valid"),
        rejected("no expiry", claims -> claims.unsetClaim("exp"), "Expiration"),
        rejected("no subject", claims -> claims.unsetClaim("sub"), "Subject"),
        rejected("no idp", claims -> claims.unsetClaim("idp"), "no idp claim"),
        rejected("an empty idp", claims -> claims.setStringClaim("idp", " "), "no idp claim"));
  }

  @ParameterizedTest(name = "rejects an ID token with {0}")
  @MethodSource("idTokensThatMustBeRejected")
  void rejectsAnIdTokenWith(String what, Consumer<JwtClaims> change, String reason) {
    JwtClaims claims = idToken();
    change.accept(claims);

    assertRejected(TestKeys.hs256(claims, SECRET), reason);
  }

  @Test
  void rejectsATokenKeyedWithAnotherSecret() {
    String other = "another-sp-secret-that-is-long-enough-for-hs256-keys";

    assertRejected(TestKeys.hs256(idToken(), other), "Invalid JWS Signature");
  }

  @Test
  void rejectsEs256EvenFromFcsPublishedKey() {
    assertRejected(new TestKeys().sign(idToken()), "ES256");
  }

  @Test
  void rejectsHs384EvenWithTheRightSecret() {
    assertRejected(TestKeys.hmac(idToken(), AlgorithmIdentifiers.HMAC_SHA384, SECRET), "HS384");
  }

  @Test
  void rejectsAnUnsignedToken() {
    assertRejected(TestKeys.unsigned(idToken()), "none");
  }

  /** The ID token fc's API v1 issues (contract section 1.4). */
  static JwtClaims idToken() {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(ISSUER);
    claims.setSubject("legacy-sub-v1");
    claims.setAudience(CLIENT_ID);
    claims.setIssuedAtToNow();
    claims.setExpirationTimeMinutesInTheFuture(1);
    claims.setStringClaim("nonce", NONCE);
    claims.setStringClaim("idp", "FC");
    claims.setStringClaim("acr", "eidas1");
    return claims;
  }

  private void assertRejected(String jwt, String reason) {
    SpException failure = assertThrows(SpException.class, () -> check.idToken(jwt, NONCE));
    assertEquals(SpFailure.ID_TOKEN, failure.failure());
    assertTrue(failure.detail().contains(reason), failure.detail());
    assertTrue(!failure.detail().contains("legacy-sub-v1"), "no claim dump: " + failure.detail());
    assertTrue(!failure.detail().contains(SECRET), "no secret: " + failure.detail());
  }
}
