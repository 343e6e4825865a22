package fr.fc.federation;

import fr.fc.crypto.EcdsaProvider;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.keys.HmacKey;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.jose4j.keys.resolvers.VerificationKeyResolver;
import org.jose4j.lang.JoseException;

/**
 * The signature fc accepts on an IdP's JWT: the one algorithm registered for it (contract section
 * 2.1), keyed with the IdP's client secret for HS256 or with its JWKS for ES256 and RS256. A token
 * of any other algorithm is refused whatever its key, "none" included.
 */
final class IdpSignature {

  private static final int MAX_LOGGED_ALGORITHM = 16;

  private final String algorithm;
  private final Consumer<JwtConsumerBuilder> key;

  private IdpSignature(String algorithm, Consumer<JwtConsumerBuilder> key) {
    this.algorithm = algorithm;
    this.key = key;
  }

  /**
   * @param algorithm the IdP's registered algorithm: HS256, ES256 or RS256
   * @param clientSecret fc's client secret at the IdP, the key of HS256
   * @param jwks the IdP's published keys, asked for only by ES256 and RS256
   * @throws IllegalArgumentException for any other algorithm
   */
  static IdpSignature of(String algorithm, String clientSecret, Supplier<VerificationKeyResolver> jwks) {
    return switch (algorithm) {
      case AlgorithmIdentifiers.HMAC_SHA256 ->
          new IdpSignature(algorithm, builder -> builder.setVerificationKey(secretKey(clientSecret)));
      case AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256, AlgorithmIdentifiers.RSA_USING_SHA256 ->
          new IdpSignature(algorithm, builder -> builder.setVerificationKeyResolver(jwks.get()));
      default -> throw new IllegalArgumentException("no IdP signs with " + algorithm);
    };
  }

  /**
   * The keys an IdP publishes at its {@code jwks_uri}. A token whose header names no {@code kid} is
   * verified with each published key of its algorithm in turn, not with the first one listed, which
   * during the IdP's key rotation may not be the one that signed it.
   */
  static VerificationKeyResolver published(HttpsJwks jwks) {
    HttpsJwksVerificationKeyResolver resolver = new HttpsJwksVerificationKeyResolver(jwks);
    resolver.setDisambiguateWithVerifySignature(true);
    return resolver;
  }

  /**
   * The JWT's claims once its algorithm, its signature and the rules' claims checks pass.
   *
   * @param rules the checks of the JWT's claims, which this signature completes
   * @throws IllegalArgumentException saying why the JWT is refused, never quoting it
   */
  JwtClaims verify(String jwt, JwtConsumerBuilder rules) {
    requireAlgorithm(jwt);
    key.accept(rules);
    try {
      return rules
          .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, algorithm)
          .setJwsProviderContext(EcdsaProvider.forAlgorithm(algorithm))
          .build()
          .processToClaims(jwt);
    } catch (InvalidJwtException e) {
      throw new IllegalArgumentException(JwtRefusal.reason(e));
    }
  }

  // Said before any key is looked for, so that an algorithm confusion is named as such.
  private void requireAlgorithm(String jwt) {
    String named;
    try {
      named = JsonWebStructure.fromCompactSerialization(jwt).getAlgorithmHeaderValue();
    } catch (JoseException e) {
      throw new IllegalArgumentException("not a compact JWS");
    }
    if (!algorithm.equals(named)) {
      throw new IllegalArgumentException("signed with " + printable(named) + ", registered " + algorithm);
    }
  }

  private static String printable(String named) {
    if (named == null) {
      return "no algorithm";
    }
    String shown = named.replaceAll("[^A-Za-z0-9+_-]", "?");
    return shown.length() > MAX_LOGGED_ALGORITHM ? shown.substring(0, MAX_LOGGED_ALGORITHM) + "..." : shown;
  }

  // OIDC Core 10.1: the UTF-8 octets of the client secret are the key.
  private static HmacKey secretKey(String clientSecret) {
    return new HmacKey(clientSecret.getBytes(StandardCharsets.UTF_8));
  }
}
