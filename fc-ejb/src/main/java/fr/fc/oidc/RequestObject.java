package fr.fc.oidc;

import fr.fc.registry.RegisteredClient;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

/**
 * Authorization parameters passed by value as a JWT, the {@code request} parameter of OpenID Connect
 * Core 6.1: unsigned, or HS256 with the client's secret when fc holds it (legacy SPs). Its values
 * supersede the query's; client_id and response_type, when it repeats them, must match the query's.
 */
final class RequestObject {

  /** The JWT's own claims, which are not authorization parameters. */
  private static final Set<String> ENVELOPE = Set.of("iss", "aud", "exp", "iat", "nbf", "jti", "request", "request_uri");

  private RequestObject() {}

  /** A request object fc cannot accept; the message says why, for the SP's developer. */
  static final class InvalidException extends Exception {
    InvalidException(String message) {
      super(message);
    }
  }

  /**
   * @param parameters the query's (or form's) parameters, {@code request} among them
   * @param client the SP named by the query's client_id
   * @param issuer fc's issuer, the only audience a request object may name
   * @return the parameters the request stands for
   */
  static Map<String, String> merge(Map<String, String> parameters, RegisteredClient client, String issuer)
      throws InvalidException {
    JwtClaims claims = verifiedClaims(parameters.get("request"), client);
    try {
      expectAbsentOrEqual(claims.getIssuer(), client.clientId(), "iss");
      List<String> audience = claims.hasAudience() ? claims.getAudience() : List.of(issuer);
      if (!audience.contains(issuer)) {
        throw new InvalidException("aud must be " + issuer);
      }
      expectAbsentOrEqual(claims.getClaimValueAsString("client_id"), client.clientId(), "client_id");
      expectAbsentOrEqual(
          claims.getClaimValueAsString("response_type"), parameters.get("response_type"), "response_type");
    } catch (MalformedClaimException e) {
      throw new InvalidException("malformed claim: " + e.getMessage());
    }
    Map<String, String> merged = new HashMap<>(parameters);
    merged.remove("request");
    claims.getClaimsMap().forEach((name, value) -> {
      if (!ENVELOPE.contains(name)) {
        merged.put(name, asParameter(value));
      }
    });
    return merged;
  }

  private static JwtClaims verifiedClaims(String request, RegisteredClient client) throws InvalidException {
    JwtConsumerBuilder consumer = new JwtConsumerBuilder().setSkipDefaultAudienceValidation().setAllowedClockSkewInSeconds(30);
    String algorithm = algorithm(request);
    if (AlgorithmIdentifiers.NONE.equals(algorithm)) {
      consumer.setDisableRequireSignature().setJwsAlgorithmConstraints(permit(AlgorithmIdentifiers.NONE));
    } else if (AlgorithmIdentifiers.HMAC_SHA256.equals(algorithm) && client.signingSecret() != null) {
      consumer
          .setJwsAlgorithmConstraints(permit(AlgorithmIdentifiers.HMAC_SHA256))
          .setVerificationKey(new HmacKey(client.signingSecret().getBytes(StandardCharsets.UTF_8)))
          .setRelaxVerificationKeyValidation();
    } else {
      throw new InvalidException("request objects must be unsigned, or HS256 for a client with an HS256 secret");
    }
    try {
      return consumer.build().processToClaims(request);
    } catch (InvalidJwtException e) {
      throw new InvalidException("the request object's signature or validity is wrong");
    }
  }

  private static String algorithm(String request) throws InvalidException {
    try {
      JsonWebStructure structure = JsonWebStructure.fromCompactSerialization(request);
      if (!(structure instanceof JsonWebSignature)) {
        throw new InvalidException("encrypted request objects are not supported");
      }
      return structure.getAlgorithmHeaderValue();
    } catch (JoseException e) {
      throw new InvalidException("the request parameter is not a JWT");
    }
  }

  private static AlgorithmConstraints permit(String algorithm) {
    return new AlgorithmConstraints(ConstraintType.PERMIT, algorithm);
  }

  private static void expectAbsentOrEqual(String value, String expected, String claim) throws InvalidException {
    if (value != null && !value.equals(expected)) {
      throw new InvalidException(claim + " does not match the request");
    }
  }

  // The claims parameter is a JSON object inside the JWT; the validator reads it as its JSON text.
  @SuppressWarnings("unchecked")
  private static String asParameter(Object value) {
    if (value instanceof Map<?, ?> map) {
      return JsonUtil.toJson((Map<String, ?>) map);
    }
    if (value instanceof List<?> list) {
      return list.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }
    return String.valueOf(value);
  }
}
