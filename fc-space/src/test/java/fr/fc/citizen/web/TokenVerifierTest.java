package fr.fc.citizen.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ID token and signed userinfo checks, with keys made here: each wrong token refused for its own reason. */
class TokenVerifierTest {

  private static final String ISSUER = "http://localhost:7000/api/v2";
  private static final String CLIENT_ID = "fc-mon-espace";
  private static final String NONCE = "nonce-of-the-login-0123456789abcdefghijklm";
  private static final String SUB = "4d7f1c0e9a5b3e2d1c0b9a8f7e6d5c4b3a291807f6e5d4c3b2a1908f7e6d5c4bv1";
  private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

  private final MutableClock clock = new MutableClock(NOW);
  private final List<String> served = new ArrayList<>();
  private final AtomicInteger fetches = new AtomicInteger();
  private EllipticCurveJsonWebKey key;

  @BeforeEach
  void keys() throws JoseException {
    key = ecKey("fc-es256-1");
    served.add(jwks(key));
  }

  @Test
  void aRightIdTokenIsAccepted() throws Exception {
    JwtClaims claims = verifier().idToken(sign(claims(), key), NONCE);
    assertEquals(SUB, claims.getSubject());
  }

  @Test
  void aWrongNonceIsRefused() throws Exception {
    assertRefused("nonce", () -> verifier().idToken(sign(claims(), key), NONCE + "x"));
    JwtClaims without = claims();
    without.unsetClaim("nonce");
    assertRefused("nonce", () -> verifier().idToken(sign(without, key), NONCE));
  }

  @Test
  void anotherAudienceIsRefused() throws Exception {
    JwtClaims claims = claims();
    claims.setAudience("another-sp");
    assertRefused("AUDIENCE_INVALID", () -> verifier().idToken(sign(claims, key), NONCE));
  }

  @Test
  void severalAudiencesNeedTheSpaceAsAuthorizedParty() throws Exception {
    JwtClaims claims = claims();
    claims.setAudience(CLIENT_ID, "another-sp");
    assertRefused("azp", () -> verifier().idToken(sign(claims, key), NONCE));
    claims.setStringClaim("azp", CLIENT_ID);
    assertEquals(SUB, verifier().idToken(sign(claims, key), NONCE).getSubject());
  }

  @Test
  void anotherIssuerIsRefused() throws Exception {
    JwtClaims claims = claims();
    claims.setIssuer("http://localhost:7000/api/v1");
    assertRefused("ISSUER_INVALID", () -> verifier().idToken(sign(claims, key), NONCE));
  }

  @Test
  void anExpiredTokenIsRefusedBeyondTheSkew() throws Exception {
    JwtClaims expired = claims();
    expired.setIssuedAt(NumericDate.fromSeconds(NOW.getEpochSecond() - 91));
    expired.setExpirationTime(NumericDate.fromSeconds(NOW.getEpochSecond() - 31));
    assertRefused("EXPIRED", () -> verifier().idToken(sign(expired, key), NONCE));

    JwtClaims withinSkew = claims();
    withinSkew.setIssuedAt(NumericDate.fromSeconds(NOW.getEpochSecond() - 80));
    withinSkew.setExpirationTime(NumericDate.fromSeconds(NOW.getEpochSecond() - 20));
    assertEquals(SUB, verifier().idToken(sign(withinSkew, key), NONCE).getSubject());
  }

  @Test
  void anIssuedAtInTheFutureOrLongAgoIsRefused() throws Exception {
    JwtClaims future = claims();
    future.setIssuedAt(NumericDate.fromSeconds(NOW.getEpochSecond() + 31));
    future.setExpirationTime(NumericDate.fromSeconds(NOW.getEpochSecond() + 91));
    assertRefused("ISSUED_AT_INVALID_FUTURE", () -> verifier().idToken(sign(future, key), NONCE));

    JwtClaims aheadWithinSkew = claims();
    aheadWithinSkew.setIssuedAt(NumericDate.fromSeconds(NOW.getEpochSecond() + 20));
    assertEquals(SUB, verifier().idToken(sign(aheadWithinSkew, key), NONCE).getSubject());

    JwtClaims old = claims();
    old.setIssuedAt(NumericDate.fromSeconds(NOW.getEpochSecond() - 3600));
    assertRefused("ISSUED_AT_INVALID_PAST", () -> verifier().idToken(sign(old, key), NONCE));
  }

  @Test
  void onlyEs256IsAccepted() throws Exception {
    String hs256 = sign(claims(), new HmacKey("a secret of at least thirty-two bytes!".getBytes(StandardCharsets.UTF_8)), AlgorithmIdentifiers.HMAC_SHA256, key.getKeyId());
    assertRefused("alg", () -> verifier().idToken(hs256, NONCE));

    String none = sign(claims(), null, AlgorithmIdentifiers.NONE, key.getKeyId());
    assertRefused("alg", () -> verifier().idToken(none, NONCE));

    RsaJsonWebKey rsa = RsaJwkGenerator.generateJwk(2048);
    rsa.setKeyId("fc-rs256-1");
    served.set(0, jwks(key, rsa));
    String rs256 = sign(claims(), rsa.getPrivateKey(), AlgorithmIdentifiers.RSA_USING_SHA256, rsa.getKeyId());
    assertRefused("alg", () -> verifier().idToken(rs256, NONCE));
  }

  @Test
  void aSignatureOfAnotherKeyIsRefused() throws Exception {
    EllipticCurveJsonWebKey impostor = ecKey(key.getKeyId());
    assertRefused("SIGNATURE_INVALID", () -> verifier().idToken(sign(claims(), impostor), NONCE));
  }

  @Test
  void anUnknownKeyMakesTheSetFetchedOnceMore() throws Exception {
    TokenVerifier verifier = verifier();
    verifier.idToken(sign(claims(), key), NONCE);
    assertEquals(1, fetches.get());

    // fc rotates its key: the set is fetched again, once.
    EllipticCurveJsonWebKey rotated = ecKey("fc-es256-2");
    served.add(jwks(key, rotated));
    clock.advance(Duration.ofMinutes(1));
    assertEquals(SUB, verifier.idToken(sign(claims(), rotated), NONCE).getSubject());
    assertEquals(2, fetches.get());

    // A key fc does not have: one more fetch, then refused; right after, no fetch at all.
    EllipticCurveJsonWebKey stranger = ecKey("fc-es256-9");
    clock.advance(Duration.ofMinutes(1));
    assertRefused("MISCELLANEOUS", () -> verifier.idToken(sign(claims(), stranger), NONCE));
    assertEquals(3, fetches.get());
    assertRefused("MISCELLANEOUS", () -> verifier.idToken(sign(claims(), stranger), NONCE));
    assertEquals(3, fetches.get());
  }

  @Test
  void keysThatCannotBeFetchedMakeFcUnavailable() {
    FcKeys keys = new FcKeys(() -> { throw new LoginFailedException(LoginFailure.UNAVAILABLE, "jwks endpoint answered 503"); }, clock);
    TokenVerifier verifier = new TokenVerifier(ISSUER, CLIENT_ID, keys, clock);
    LoginFailedException failure = assertThrows(LoginFailedException.class, () -> verifier.idToken(sign(claims(), key), NONCE));
    assertEquals(LoginFailure.UNAVAILABLE, failure.failure());
  }

  @Test
  void aSignedUserinfoIsTheIdTokensCitizen() throws Exception {
    JwtClaims userinfo = claims();
    userinfo.unsetClaim("nonce");
    userinfo.setStringClaim("given_name", "Marie");
    assertEquals("Marie", verifier().userinfo(sign(userinfo, key), SUB).getStringClaimValue("given_name"));
    assertRefused("sub", () -> verifier().userinfo(sign(userinfo, key), "another-sub"));
    userinfo.setAudience("another-sp");
    assertRefused("AUDIENCE_INVALID", () -> verifier().userinfo(sign(userinfo, key), SUB));
  }

  private TokenVerifier verifier() {
    FcKeys keys =
        new FcKeys(
            () -> {
              int fetch = fetches.getAndIncrement();
              return served.get(Math.min(fetch, served.size() - 1));
            },
            clock);
    return new TokenVerifier(ISSUER, CLIENT_ID, keys, clock);
  }

  /** What fc's ID token holds (contract section 1.4). */
  private static JwtClaims claims() {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(ISSUER);
    claims.setSubject(SUB);
    claims.setAudience(CLIENT_ID);
    claims.setIssuedAt(NumericDate.fromSeconds(NOW.getEpochSecond()));
    claims.setExpirationTime(NumericDate.fromSeconds(NOW.getEpochSecond() + 60));
    claims.setStringClaim("nonce", NONCE);
    claims.setStringClaim("acr", "eidas1");
    claims.setClaim("auth_time", NOW.getEpochSecond());
    return claims;
  }

  private static String sign(JwtClaims claims, EllipticCurveJsonWebKey key) throws JoseException {
    return sign(claims, key.getPrivateKey(), AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256, key.getKeyId());
  }

  private static String sign(JwtClaims claims, java.security.Key key, String algorithm, String kid) throws JoseException {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
    jws.setAlgorithmHeaderValue(algorithm);
    jws.setKeyIdHeaderValue(kid);
    jws.setPayload(claims.toJson());
    if (key != null) {
      jws.setKey(key);
    }
    return jws.getCompactSerialization();
  }

  private static EllipticCurveJsonWebKey ecKey(String kid) throws JoseException {
    EllipticCurveJsonWebKey key = EcJwkGenerator.generateJwk(EllipticCurves.P256);
    key.setKeyId(kid);
    key.setUse("sig");
    key.setAlgorithm(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
    return key;
  }

  private static String jwks(JsonWebKey... keys) {
    return new JsonWebKeySet(keys).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
  }

  private static void assertRefused(String reason, Verification verification) {
    LoginFailedException failure = assertThrows(LoginFailedException.class, verification::run);
    assertEquals(LoginFailure.INVALID, failure.failure());
    assertTrue(failure.getMessage().contains(reason), "refused for " + reason + ", not: " + failure.getMessage());
  }

  @FunctionalInterface
  private interface Verification {
    void run() throws Exception;
  }

  /** A clock the test moves on. */
  private static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
