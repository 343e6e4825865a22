package fr.fc.federation;

import static fr.fc.federation.IdpJwts.CLIENT_ID;
import static fr.fc.federation.IdpJwts.ISSUER;
import static fr.fc.federation.IdpJwts.NONCE;
import static fr.fc.federation.IdpJwts.SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.EllipticCurves;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The IdP's ID token: its registered algorithm and key only, then its claims. */
class IdpIdTokenCheckTest {

  private final IdpJwts idp = new IdpJwts();

  @Test
  void acceptsAnHs256TokenKeyedWithTheClientSecret() {
    JwtClaims claims = check(IdpJwts.hs256(IdpJwts.idToken(), SECRET), "HS256");

    assertEquals("idp-sub", claims.getClaimValue("sub"));
    assertEquals("eidas1", claims.getClaimValue("acr"));
  }

  @Test
  void acceptsEs256AndRs256WithTheIdpsKeys() {
    assertEquals("idp-sub", check(idp.es256(IdpJwts.idToken()), "ES256").getClaimValue("sub"));
    assertEquals("idp-sub", check(idp.rs256(IdpJwts.idToken()), "RS256").getClaimValue("sub"));
  }

  @Test
  void refusesAnHs256TokenKeyedWithAnotherSecret() {
    String forged = IdpJwts.hs256(IdpJwts.idToken(), "another-secret-of-at-least-32-bytes-long");

    assertEquals("invalid signature", refusal(forged, "HS256"));
  }

  @Test
  void refusesHs256FromAnIdpRegisteredWithItsKeys() {
    // Keyed with the very client secret fc holds: the algorithm alone makes it a forgery.
    String confused = IdpJwts.hs256(IdpJwts.idToken(), SECRET);

    assertTrue(refusal(confused, "ES256").contains("signed with HS256, registered"));
    assertTrue(refusal(confused, "RS256").contains("signed with HS256, registered"));
  }

  @Test
  void refusesKeysFromAnIdpRegisteredWithHs256() {
    assertTrue(refusal(idp.es256(IdpJwts.idToken()), "HS256").contains("signed with ES256, registered"));
    assertTrue(refusal(idp.rs256(IdpJwts.idToken()), "HS256").contains("signed with RS256, registered"));
  }

  @Test
  void refusesAnotherOfTheKeyAlgorithms() {
    assertTrue(refusal(idp.rs256(IdpJwts.idToken()), "ES256").contains("signed with RS256, registered"));
    assertTrue(refusal(idp.es256(IdpJwts.idToken()), "RS256").contains("signed with ES256, registered"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"HS256", "ES256", "RS256"})
  void neverAcceptsAnUnsignedToken(String registered) {
    assertTrue(refusal(IdpJwts.unsigned(IdpJwts.idToken()), registered).contains("signed with none, registered"));
  }

  @Test
  void refusesAnotherNonceIssuerOrAudience() {
    JwtClaims replayed = IdpJwts.idToken();
    replayed.setClaim("nonce", "nonce-of-another-login");
    assertEquals("nonce does not match", refusal(IdpJwts.hs256(replayed, SECRET), "HS256"));

    JwtClaims mixedUp = IdpJwts.idToken();
    mixedUp.setIssuer("https://attacker.example.com");
    assertTrue(refusal(IdpJwts.hs256(mixedUp, SECRET), "HS256").contains("Issuer"));

    JwtClaims forAnotherClient = IdpJwts.idToken();
    forAnotherClient.setAudience("another-client");
    assertTrue(refusal(IdpJwts.hs256(forAnotherClient, SECRET), "HS256").contains("Audience"));
  }

  @Test
  void refusesAnExpiredToken() {
    JwtClaims expired = IdpJwts.idToken();
    expired.setExpirationTimeMinutesInTheFuture(-5);

    assertTrue(refusal(IdpJwts.hs256(expired, SECRET), "HS256").contains("no longer valid"));
  }

  @Test
  void refusesGarbageAndNeverQuotesTheToken() {
    JwtClaims identity = IdpJwts.idToken();
    identity.setClaim("family_name", "DUBOIS");
    String forged = IdpJwts.hs256(identity, "another-secret-of-at-least-32-bytes-long");

    assertFalse(refusal(forged, "HS256").contains("DUBOIS"));
    assertFalse(refusal(forged, "ES256").contains(forged.split("\\.")[1]));
    assertFalse(refusal("not-a-jwt", "HS256").contains("not-a-jwt"));
  }

  @Test
  void refusesATokenIssuedAheadOfThisClockOrLongAgo() {
    JwtClaims ahead = IdpJwts.idToken();
    ahead.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() + 3600));
    ahead.setExpirationTimeMinutesInTheFuture(61);
    assertTrue(refusal(IdpJwts.hs256(ahead, SECRET), "HS256").contains("iat"));

    JwtClaims old = IdpJwts.idToken();
    old.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() - 600));
    assertTrue(refusal(IdpJwts.hs256(old, SECRET), "HS256").contains("iat"));
  }

  @Test
  void refusesATokenForSeveralAudiencesUnlessItsAuthorizedPartyIsFc() {
    JwtClaims shared = IdpJwts.idToken();
    shared.setAudience(CLIENT_ID, "another-client");
    assertEquals("azp does not name fc", refusal(IdpJwts.hs256(shared, SECRET), "HS256"));

    shared.setClaim("azp", "another-client");
    assertEquals("azp does not name fc", refusal(IdpJwts.hs256(shared, SECRET), "HS256"));

    shared.setClaim("azp", CLIENT_ID);
    assertEquals("idp-sub", check(IdpJwts.hs256(shared, SECRET), "HS256").getClaimValue("sub"));
  }

  @Test
  void refusesAKeyTheIdpDoesNotPublishWhateverTheHeaderSays() throws Exception {
    EllipticCurveJsonWebKey attacker = EcJwkGenerator.generateJwk(EllipticCurves.P256);
    attacker.setKeyId("ec-1");
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(IdpJwts.idToken().toJson());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
    jws.setKey(attacker.getPrivateKey());
    jws.setJwkHeader(attacker);
    assertTrue(refusal(jws.getCompactSerialization(), "ES256").contains("invalid signature"), "its kid, its key in the header");

    attacker.setKeyId("ec-9");
    jws.setKeyIdHeaderValue("ec-9");
    assertFalse(refusal(jws.getCompactSerialization(), "ES256").isEmpty(), "a kid the IdP does not publish");
  }

  @Test
  void aTokenOfAnotherTypeIsRefusedAndOneOfNoTypeOrJwtAccepted() throws Exception {
    assertEquals("idp-sub", check(typed(null), "ES256").getClaimValue("sub"));
    assertEquals("idp-sub", check(typed("JWT"), "ES256").getClaimValue("sub"));
    assertEquals("idp-sub", check(typed("application/jwt"), "ES256").getClaimValue("sub"));
    refusal(typed("at+jwt"), "ES256");
    refusal(typed("logout+jwt"), "ES256");
  }

  /** An ID token of the IdP, signed with its key, whose header names this type unless null. */
  private String typed(String type) throws Exception {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(IdpJwts.idToken().toJson());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
    jws.setKeyIdHeaderValue(idp.ecKey.getKeyId());
    jws.setKey(idp.ecKey.getPrivateKey());
    if (type != null) {
      jws.setHeader("typ", type);
    }
    return jws.getCompactSerialization();
  }

  @Test
  void aTokenWithoutKidIsVerifiedWithEachPublishedKeyOfItsAlgorithm() throws Exception {
    EllipticCurveJsonWebKey first = EcJwkGenerator.generateJwk(EllipticCurves.P256);
    first.setKeyId("ec-0");
    HttpsJwks published = IdpJwts.served(new JsonWebKeySet(first, idp.ecKey));
    IdpSignature signature = IdpSignature.of("ES256", SECRET, () -> IdpSignature.published(published));
    String withoutKid = IdpJwts.signed(IdpJwts.idToken(), idp.ecKey.getPrivateKey(), null);

    JwtClaims claims = IdpIdTokenCheck.check(withoutKid, signature, ISSUER, CLIENT_ID, NONCE);
    assertEquals("idp-sub", claims.getClaimValue("sub"), "signed by the second key listed");

    EllipticCurveJsonWebKey unpublished = EcJwkGenerator.generateJwk(EllipticCurves.P256);
    String foreign = IdpJwts.signed(IdpJwts.idToken(), unpublished.getPrivateKey(), null);
    assertThrows(
        IllegalArgumentException.class, () -> IdpIdTokenCheck.check(foreign, signature, ISSUER, CLIENT_ID, NONCE));
  }

  private JwtClaims check(String idToken, String registered) {
    return IdpIdTokenCheck.check(idToken, idp.signature(registered), ISSUER, CLIENT_ID, NONCE);
  }

  private String refusal(String idToken, String registered) {
    return assertThrows(IllegalArgumentException.class, () -> check(idToken, registered)).getMessage();
  }
}
