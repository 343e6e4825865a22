package fr.fc.oidc;

import fr.fc.crypto.SigningKeySet;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;

/** Reads fc's signed JWTs as an SP does: the signature checked with a key of the published JWKS. */
final class SignedJwts {

  private SignedJwts() {}

  static JwtClaims verify(String jwt, SigningKeySet keys, String audience, long at) throws Exception {
    return new JwtConsumerBuilder()
        .setVerificationKeyResolver(
            new JwksVerificationKeyResolver(new JsonWebKeySet(keys.toPublicJwks()).getJsonWebKeys()))
        .setJwsAlgorithmConstraints(ConstraintType.PERMIT, "ES256", "RS256")
        .setExpectedIssuer(TokenFixtures.ISSUER_URL)
        .setExpectedAudience(audience)
        .setRequireSubject()
        .setRequireExpirationTime()
        .setRequireIssuedAt()
        .setEvaluationTime(NumericDate.fromSeconds(at))
        .build()
        .processToClaims(jwt);
  }

  /** The JOSE header, as sent. */
  static Map<String, Object> header(String jwt) throws Exception {
    return JsonUtil.parseJson(part(jwt, 0));
  }

  /** The payload as sent, members in their order. */
  static Map<String, Object> payload(String jwt) throws Exception {
    return JsonUtil.parseJson(part(jwt, 1));
  }

  private static String part(String jwt, int index) {
    return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]), StandardCharsets.UTF_8);
  }
}
