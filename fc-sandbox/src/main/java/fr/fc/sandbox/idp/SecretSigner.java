package fr.fc.sandbox.idp;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

/**
 * HS256 keyed with a client secret (OIDC Core 10.1), as legacy IdPs sign: nothing to publish, the
 * client checks with the secret it shares.
 */
final class SecretSigner implements IdpSigner {

  private final HmacKey key;

  SecretSigner(String secret) {
    this.key = new HmacKey(secret.getBytes(StandardCharsets.UTF_8));
  }

  /** A signer of a secret nobody else knows: what a forger would sign with. */
  static SecretSigner unknownSecret() {
    return new SecretSigner(RandomTokens.next());
  }

  @Override
  public String algorithm() {
    return AlgorithmIdentifiers.HMAC_SHA256;
  }

  @Override
  public String sign(JwtClaims claims) {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(key);
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException("cannot sign", e);
    }
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
              .setVerificationKey(key)
              .setJwsAlgorithmConstraints(
                  AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.HMAC_SHA256)
              .build()
              .processToClaims(jwt));
    } catch (InvalidJwtException notOurs) {
      return Optional.empty();
    }
  }

  @Override
  public String publicJwks() {
    return "{\"keys\":[]}";
  }
}
