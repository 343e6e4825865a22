package fr.fc.sandbox.dp;

import java.util.List;
import java.util.Map;
import org.jose4j.jwe.ContentEncryptionAlgorithmIdentifiers;
import org.jose4j.jwe.JsonWebEncryption;
import org.jose4j.jwe.KeyManagementAlgorithmIdentifiers;
import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.keys.resolvers.VerificationKeyResolver;
import org.jose4j.lang.JoseException;

/**
 * fc's side of a checktoken answer, for the tests: an ES256 signing key of its own, and the JWS of
 * an introspection encrypted (ECDH-ES, A256GCM) to a data provider's public JWKS.
 */
final class TestFc {

  static final String ISSUER = "http://localhost:7000/api/v2";
  static final String DP_CLIENT_ID = "sandbox-dgfip-dp";

  private final EllipticCurveJsonWebKey key;

  TestFc() {
    try {
      key = EcJwkGenerator.generateJwk(EllipticCurves.P256);
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
    // The same kid for every instance: another instance is a forger who knows fc's kid.
    key.setKeyId("fc-test-es256");
  }

  /** The claims of a checktoken answer, as fc signs them. */
  static JwtClaims answer(Map<String, Object> introspection) {
    return answer(ISSUER, introspection);
  }

  /** The claims of a checktoken answer of fc at this issuer. */
  static JwtClaims answer(String issuer, Map<String, Object> introspection) {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(issuer);
    claims.setAudience(DP_CLIENT_ID);
    claims.setIssuedAtToNow();
    claims.setClaim("token_introspection", introspection);
    return claims;
  }

  /** An active introspection for Angela DUBOIS (the demo account test), with these scopes. */
  static Map<String, Object> activeFor(String scope) {
    return Map.ofEntries(
        Map.entry("active", true),
        Map.entry("aud", "sandbox-demo-sp"),
        Map.entry("sub", "dp-pairwise-sub"),
        Map.entry("iat", 1_700_000_000L),
        Map.entry("exp", 1_700_000_060L),
        Map.entry("acr", "eidas1"),
        Map.entry("jti", "token-id"),
        Map.entry("scope", scope),
        Map.entry("given_name", "Angela Claire Louise"),
        Map.entry("given_name_array", List.of("Angela", "Claire", "Louise")),
        Map.entry("family_name", "DUBOIS"),
        Map.entry("birthdate", "1962-08-24"),
        Map.entry("gender", "female"),
        Map.entry("birthplace", "75107"),
        Map.entry("birthcountry", "99100"));
  }

  /** The claims as a compact JWS, ES256, with this key's kid. */
  String sign(JwtClaims claims) {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(key.getPrivateKey());
    jws.setKeyIdHeaderValue(key.getKeyId());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A payload encrypted to the first key of a data provider's public JWKS. */
  static String encrypt(String payload, String dpJwks, String enc) {
    try {
      PublicJsonWebKey dpKey = (PublicJsonWebKey) new JsonWebKeySet(dpJwks).getJsonWebKeys().get(0);
      JsonWebEncryption jwe = new JsonWebEncryption();
      jwe.setAlgorithmHeaderValue(KeyManagementAlgorithmIdentifiers.ECDH_ES);
      jwe.setEncryptionMethodHeaderParameter(enc);
      jwe.setKey(dpKey.getPublicKey());
      jwe.setKeyIdHeaderValue(dpKey.getKeyId());
      jwe.setContentTypeHeaderValue("JWT");
      jwe.setPayload(payload);
      return jwe.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The answer fc gives: the signed claims, encrypted to the data provider. */
  String checkTokenAnswer(JwtClaims claims, String dpJwks) {
    return encrypt(sign(claims), dpJwks, ContentEncryptionAlgorithmIdentifiers.AES_256_GCM);
  }

  /** fc's public JWKS, as at {issuer}/jwks. */
  String publicJwks() {
    return new JsonWebKeySet(key).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
  }

  VerificationKeyResolver resolver() {
    return new JwksVerificationKeyResolver(List.of(key));
  }
}
