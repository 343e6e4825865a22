package fr.fc.sandbox.idp;

import java.util.Optional;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.lang.JoseException;

/**
 * One IdP's own ES256 signing key: P-256, generated at startup, its kid the RFC 7638 thumbprint. A
 * restart changes it, which fc handles by fetching the JWKS again.
 */
final class IdpKeys implements IdpSigner {

  private final EllipticCurveJsonWebKey key;

  private IdpKeys(EllipticCurveJsonWebKey key) {
    this.key = key;
  }

  static IdpKeys generate() {
    try {
      EllipticCurveJsonWebKey key = EcJwkGenerator.generateJwk(EllipticCurves.P256);
      key.setKeyId(key.calculateBase64urlEncodedThumbprint("SHA-256"));
      key.setAlgorithm(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
      key.setUse("sig");
      return new IdpKeys(key);
    } catch (JoseException e) {
      throw new IllegalStateException("cannot generate an ES256 key", e);
    }
  }

  String kid() {
    return key.getKeyId();
  }

  @Override
  public String algorithm() {
    return AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256;
  }

  /** The claims as a compact JWS, ES256, with the kid in its header. */
  @Override
  public String sign(JwtClaims claims) {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(key.getPrivateKey());
    jws.setKeyIdHeaderValue(kid());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException("cannot sign", e);
    }
  }

  @Override
  public String publicJwks() {
    return new JsonWebKeySet(key).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
  }

  @Override
  public Optional<JwtClaims> verify(String jwt) {
    if (jwt == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new JwtConsumerBuilder()
              .setSkipAllValidators()
              .setVerificationKey(key.getPublicKey())
              .setJwsAlgorithmConstraints(
                  AlgorithmConstraints.ConstraintType.PERMIT,
                  AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256)
              .build()
              .processToClaims(jwt));
    } catch (InvalidJwtException notOurs) {
      return Optional.empty();
    }
  }
}
