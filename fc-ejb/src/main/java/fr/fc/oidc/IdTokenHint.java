package fr.fc.oidc;

import fr.fc.crypto.SigningKeySet;
import fr.fc.registry.RegisteredClient;
import fr.fc.shared.config.Issuer;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

/**
 * An ID token an SP sends back as a logout hint: signed by fc for that SP (its expiry does not
 * matter: a citizen may log out long after logging in).
 *
 * @param sub the SP's pairwise sub of the citizen
 */
public record IdTokenHint(RegisteredClient client, String sub) {

  public static IdTokenHint verify(
      String hint, Issuer issuer, SigningKeySet keys, Function<String, Optional<RegisteredClient>> clients) {
    if (hint == null || hint.isBlank()) {
      throw refused();
    }
    try {
      JsonWebSignature jws = new JsonWebSignature();
      jws.setAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, "ES256", "RS256", "HS256"));
      jws.setCompactSerialization(hint);
      JwtClaims claims = JwtClaims.parse(jws.getUnverifiedPayload());
      List<String> audience = claims.getAudience();
      RegisteredClient client =
          audience.size() == 1 ? clients.apply(audience.get(0)).orElseThrow(IdTokenHint::refused) : null;
      if (client == null || !issuer.url().equals(claims.getIssuer())) {
        throw refused();
      }
      jws.setKey(key(jws, client, keys));
      jws.setDoKeyValidation(false);
      if (!jws.verifySignature()) {
        throw refused();
      }
      return new IdTokenHint(client, claims.getSubject());
    } catch (JoseException | MalformedClaimException | org.jose4j.jwt.consumer.InvalidJwtException e) {
      throw refused();
    }
  }

  private static Key key(JsonWebSignature jws, RegisteredClient client, SigningKeySet keys) {
    String algorithm = jws.getAlgorithmHeaderValue();
    if ("HS256".equals(algorithm)) {
      if (client.signingSecret() == null) {
        throw refused();
      }
      return new HmacKey(client.signingSecret().getBytes(StandardCharsets.UTF_8));
    }
    // By its kid, among every key of the file: the hint may be older than fc's last rotation.
    return keys.verificationKey(algorithm, jws.getKeyIdHeaderValue()).orElseThrow(IdTokenHint::refused).getPublicKey();
  }

  private static FcException refused() {
    return new FcException(FcError.LOGOUT_REQUEST_INVALID);
  }
}
