package fr.fc.federation;

import static fr.fc.federation.IdpJwts.CLIENT_ID;
import static fr.fc.federation.IdpJwts.ISSUER;
import static fr.fc.federation.IdpJwts.SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/** The IdP's userinfo: JSON, or a JWT signed with the registered algorithm. */
class IdpUserinfoTest {

  private final IdpJwts idp = new IdpJwts();

  private static JwtClaims userinfo() {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(ISSUER);
    claims.setAudience(CLIENT_ID);
    claims.setSubject("idp-sub");
    claims.setClaim("family_name", "DUBOIS");
    return claims;
  }

  @Test
  void readsJsonWhateverTheRegisteredAlgorithm() {
    Map<String, Object> claims =
        IdpUserinfo.claims("application/json", "{\"sub\":\"idp-sub\",\"family_name\":\"DUBOIS\"}", idp.signature("HS256"), ISSUER, CLIENT_ID);

    assertEquals("DUBOIS", claims.get("family_name"));
  }

  @Test
  void readsAJwtSignedWithTheRegisteredAlgorithm() {
    Map<String, Object> hs256 =
        IdpUserinfo.claims("application/jwt; charset=utf-8", IdpJwts.hs256(userinfo(), SECRET), idp.signature("HS256"), ISSUER, CLIENT_ID);
    Map<String, Object> es256 =
        IdpUserinfo.claims("Application/JWT", idp.es256(userinfo()), idp.signature("ES256"), ISSUER, CLIENT_ID);

    assertEquals("DUBOIS", hs256.get("family_name"));
    assertEquals("idp-sub", es256.get("sub"));
  }

  @Test
  void readsAJwtWithoutIssuerOrAudience() {
    JwtClaims bare = new JwtClaims();
    bare.setSubject("idp-sub");

    assertEquals("idp-sub", IdpUserinfo.claims("application/jwt", IdpJwts.hs256(bare, SECRET), idp.signature("HS256"), ISSUER, CLIENT_ID).get("sub"));
  }

  @Test
  void refusesAJwtOfAnotherAlgorithmOrKey() {
    assertTrue(refusal(idp.es256(userinfo()), "HS256").contains("signed with ES256, registered"));
    assertTrue(refusal(IdpJwts.hs256(userinfo(), SECRET), "ES256").contains("signed with HS256, registered"));
    assertTrue(refusal(IdpJwts.hs256(userinfo(), "another-secret-of-at-least-32-bytes-long"), "HS256").contains("invalid signature"));
    assertTrue(refusal(IdpJwts.unsigned(userinfo()), "HS256").contains("signed with none, registered"));
  }

  @Test
  void refusesAJwtOfAnotherIssuerOrAudience() {
    JwtClaims mixedUp = userinfo();
    mixedUp.setIssuer("https://attacker.example.com");
    JwtClaims forAnotherClient = userinfo();
    forAnotherClient.setAudience("another-client");

    assertTrue(refusal(IdpJwts.hs256(mixedUp, SECRET), "HS256").contains("Issuer"));
    assertTrue(refusal(IdpJwts.hs256(forAnotherClient, SECRET), "HS256").contains("Audience"));
  }

  @Test
  void refusesWhatIsNeitherAndNeverQuotesTheIdentity() {
    assertThrows(IllegalArgumentException.class, () -> IdpUserinfo.claims("application/json", "not json", idp.signature("HS256"), ISSUER, CLIENT_ID));
    assertThrows(IllegalArgumentException.class, () -> IdpUserinfo.claims("application/json", "[\"DUBOIS\"]", idp.signature("HS256"), ISSUER, CLIENT_ID));
    assertThrows(IllegalArgumentException.class, () -> IdpUserinfo.claims(null, IdpJwts.hs256(userinfo(), SECRET), idp.signature("HS256"), ISSUER, CLIENT_ID));
    assertFalse(refusal("{\"family_name\":\"DUBOIS\"}", "HS256").contains("DUBOIS"));
    String forged = IdpJwts.hs256(userinfo(), "another-secret-of-at-least-32-bytes-long");
    assertFalse(refusal(forged, "HS256").contains(forged.split("\\.")[1]), "the payload is the identity");
  }

  private String refusal(String jwt, String registered) {
    return assertThrows(
            IllegalArgumentException.class,
            () -> IdpUserinfo.claims(IdpUserinfo.JWT_MEDIA_TYPE, jwt, idp.signature(registered), ISSUER, CLIENT_ID))
        .getMessage();
  }

  @Test
  void theUserinfoMustBeAboutTheIdTokensSubject() throws Exception {
    JwtClaims idToken = new JwtClaims();
    idToken.setSubject("sub-of-the-id-token");

    IdpUserinfo.requireSubjectOf(idToken, Map.of("sub", "sub-of-the-id-token"));
    IdpUserinfo.requireSubjectOf(idToken, Map.of("given_name", "Angela"));
    IdpFailure failure =
        assertThrows(IdpFailure.class, () -> IdpUserinfo.requireSubjectOf(idToken, Map.of("sub", "someone-else")));
    assertEquals("Y020027", failure.error().code());
  }
}
