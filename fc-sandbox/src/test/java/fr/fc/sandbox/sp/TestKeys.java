package fr.fc.sandbox.sp;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.keys.HmacKey;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.keys.resolvers.VerificationKeyResolver;
import org.jose4j.lang.JoseException;

/**
 * A signing key generated for the tests, playing fc's ES256 key; and the HMAC signature fc's API v1
 * makes with an SP's client secret.
 */
final class TestKeys {

  private final EllipticCurveJsonWebKey key;

  TestKeys() {
    try {
      key = EcJwkGenerator.generateJwk(EllipticCurves.P256);
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
    key.setKeyId("test:ES256");
  }

  /** The claims as a JWS signed with ES256 by this key. */
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

  /** The claims as a JWS signed with this HMAC algorithm keyed with the secret's UTF-8 bytes. */
  static String hmac(JwtClaims claims, String algorithm, String secret) {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setAlgorithmHeaderValue(algorithm);
    jws.setKey(new HmacKey(secret.getBytes(StandardCharsets.UTF_8)));
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The claims as fc's API v1 signs them for an SP: HS256 keyed with its client secret. */
  static String hs256(JwtClaims claims, String clientSecret) {
    return hmac(claims, AlgorithmIdentifiers.HMAC_SHA256, clientSecret);
  }

  /** The claims as an unsecured JWS, alg none. */
  static String unsigned(JwtClaims claims) {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The public JWKS, as fc's jwks_uri serves it. */
  String publicJwks() {
    return new JsonWebKeySet(key).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
  }

  VerificationKeyResolver resolver() {
    return new JwksVerificationKeyResolver(List.of(key));
  }
}
