package fr.fc.oidc;

import static fr.fc.oidc.TokenFixtures.AUTH_TIME;
import static fr.fc.oidc.TokenFixtures.CLIENT_ID;
import static fr.fc.oidc.TokenFixtures.ISSUER_URL;
import static fr.fc.oidc.TokenFixtures.NONCE;
import static fr.fc.oidc.TokenFixtures.SUB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.fc.crypto.ClaimsSigner;
import fr.fc.crypto.SigningKeySet;
import fr.fc.session.AuthorizationCode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/** The v2 ID token (contract section 1.4), read as an SP reads it. */
class IdTokenFactoryTest {

  static final long NOW = AUTH_TIME + 5;

  private final SigningKeySet keys = SigningKeySet.generate();
  private final IdTokenFactory factory =
      new IdTokenFactory(TokenFixtures.ISSUER, new ClaimsSigner(keys, Instant.ofEpochSecond(NOW)), Duration.ofSeconds(60));

  @Test
  void carriesTheContractsEightClaims() throws Exception {
    String idToken = factory.idToken(TokenFixtures.grant(), TokenFixtures.client(), NOW);

    JwtClaims claims = SignedJwts.verify(idToken, keys, CLIENT_ID, NOW);
    assertEquals(ISSUER_URL, claims.getIssuer());
    assertEquals(SUB, claims.getSubject());
    assertEquals(NOW, claims.getIssuedAt().getValue());
    assertEquals(NOW + 60, claims.getExpirationTime().getValue());
    assertEquals(NONCE, claims.getStringClaimValue("nonce"));
    assertEquals("eidas1", claims.getStringClaimValue("acr"));
    assertEquals(AUTH_TIME, claims.getClaimValue("auth_time", Long.class));
    assertEquals(
        Set.of("iss", "sub", "aud", "exp", "iat", "nonce", "acr", "auth_time"),
        SignedJwts.payload(idToken).keySet());
  }

  @Test
  void onV1IsHs256KeyedWithTheSecretAndNamesTheIdp() throws Exception {
    String secret = "a-legacy-secret-of-at-least-32-bytes!";
    AuthorizationCode grant = TokenFixtures.grant();
    AuthorizationCode v1 =
        new AuthorizationCode(grant.code(), grant.clientId(), grant.redirectUri(), grant.scopes(), grant.nonce(),
            grant.acr(), null, true, grant.amr(), grant.sub(), grant.identity(), grant.authTime(), grant.idpId(),
            grant.flowId(), fr.fc.shared.config.Platform.V1);

    String idToken = factory.idToken(v1, TokenFixtures.client(CLIENT_ID, secret, "HS256"), NOW);

    assertEquals("HS256", SignedJwts.header(idToken).get("alg"));
    org.jose4j.jws.JsonWebSignature jws = new org.jose4j.jws.JsonWebSignature();
    jws.setCompactSerialization(idToken);
    jws.setKey(new org.jose4j.keys.HmacKey(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    org.junit.jupiter.api.Assertions.assertTrue(jws.verifySignature());
    Map<String, Object> payload = SignedJwts.payload(idToken);
    assertEquals(Set.of("iss", "sub", "aud", "exp", "iat", "nonce", "idp", "acr"), payload.keySet());
    assertEquals("FC", payload.get("idp"));
  }

  @Test
  void itsAudienceIsTheClientIdAsAString() throws Exception {
    String idToken = factory.idToken(TokenFixtures.grant(), TokenFixtures.client(), NOW);

    assertEquals(CLIENT_ID, SignedJwts.payload(idToken).get("aud"));
  }

  @Test
  void carriesAmrOnlyWhenRequested() throws Exception {
    String withAmr = factory.idToken(TokenFixtures.grant("c", null, true), TokenFixtures.client(), NOW);
    String withoutAmr = factory.idToken(TokenFixtures.grant(), TokenFixtures.client(), NOW);

    Map<String, Object> payload = SignedJwts.payload(withAmr);
    assertEquals(List.of("fc", "pwd"), payload.get("amr"));
    assertEquals(9, payload.size());
    assertFalse(SignedJwts.payload(withoutAmr).containsKey("amr"));
  }

  @Test
  void isSignedWithTheSpsAlgorithm() throws Exception {
    String idToken =
        factory.idToken(TokenFixtures.grant(), TokenFixtures.client(CLIENT_ID, "s", "RS256"), NOW);

    assertEquals("RS256", SignedJwts.header(idToken).get("alg"));
    assertEquals(SUB, SignedJwts.verify(idToken, keys, CLIENT_ID, NOW).getSubject());
  }

  @Test
  void expiresAfterSixtySeconds() throws Exception {
    String idToken = factory.idToken(TokenFixtures.grant(), TokenFixtures.client(), NOW);

    assertEquals(SUB, SignedJwts.verify(idToken, keys, CLIENT_ID, NOW + 59).getSubject());
    assertThrows(Exception.class, () -> SignedJwts.verify(idToken, keys, CLIENT_ID, NOW + 60));
  }

  @Test
  void doesNotVerifyWithAnotherKeySet() {
    String idToken = factory.idToken(TokenFixtures.grant(), TokenFixtures.client(), NOW);

    assertThrows(Exception.class, () -> SignedJwts.verify(idToken, SigningKeySet.generate(), CLIENT_ID, NOW));
  }
}
