package fr.fc.federation;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import org.jose4j.http.SimpleResponse;
import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.keys.HmacKey;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;

/** An IdP's keys and the JWTs it signs, as the tests of fc's checks need them. */
final class IdpJwts {

  static final String ISSUER = "https://idp.example.gouv.fr";
  static final String CLIENT_ID = "fc";
  static final String SECRET = "an-idp-client-secret-of-at-least-32-bytes";
  static final String NONCE = "nonce-of-this-login";

  final EllipticCurveJsonWebKey ecKey;
  final RsaJsonWebKey rsaKey;

  IdpJwts() {
    try {
      ecKey = EcJwkGenerator.generateJwk(EllipticCurves.P256);
      ecKey.setKeyId("ec-1");
      rsaKey = RsaJwkGenerator.generateJwk(2048);
      rsaKey.setKeyId("rsa-1");
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What fc accepts from an IdP registered with this algorithm: these keys, this secret. */
  IdpSignature signature(String algorithm) {
    return IdpSignature.of(algorithm, SECRET, () -> new JwksVerificationKeyResolver(List.of(ecKey, rsaKey)));
  }

  static JwtClaims idToken() {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(ISSUER);
    claims.setAudience(CLIENT_ID);
    claims.setSubject("idp-sub");
    claims.setIssuedAtToNow();
    claims.setExpirationTimeMinutesInTheFuture(1);
    claims.setClaim("nonce", NONCE);
    claims.setClaim("acr", "eidas1");
    return claims;
  }

  String es256(JwtClaims claims) {
    return sign(claims, AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256, ecKey.getPrivateKey(), ecKey.getKeyId());
  }

  String rs256(JwtClaims claims) {
    return sign(claims, AlgorithmIdentifiers.RSA_USING_SHA256, rsaKey.getPrivateKey(), rsaKey.getKeyId());
  }

  static String hs256(JwtClaims claims, String secret) {
    return sign(claims, AlgorithmIdentifiers.HMAC_SHA256, new HmacKey(secret.getBytes(StandardCharsets.UTF_8)), null);
  }

  /** The claims unsigned, alg "none". */
  static String unsigned(JwtClaims claims) {
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    return base64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
        + "."
        + base64.encodeToString(claims.toJson().getBytes(StandardCharsets.UTF_8))
        + ".";
  }

  private static String sign(JwtClaims claims, String algorithm, java.security.Key key, String kid) {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setAlgorithmHeaderValue(algorithm);
    jws.setKey(key);
    if (kid != null) {
      jws.setKeyIdHeaderValue(kid);
    }
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }

  /** ES256 with this key, its header naming this {@code kid} unless null. */
  static String signed(JwtClaims claims, java.security.Key key, String kid) {
    return sign(claims, AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256, key, kid);
  }

  /** The public part of these keys as an IdP's {@code jwks_uri} would serve it, without a network. */
  static HttpsJwks served(JsonWebKeySet keys) {
    String body = keys.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    HttpsJwks jwks = new HttpsJwks("https://idp.example.gouv.fr/jwks");
    jwks.setSimpleHttpGet(location -> new Answer(body));
    return jwks;
  }

  private record Answer(String body) implements SimpleResponse {
    @Override
    public int getStatusCode() {
      return 200;
    }

    @Override
    public String getStatusMessage() {
      return "OK";
    }

    @Override
    public Collection<String> getHeaderNames() {
      return List.of();
    }

    @Override
    public List<String> getHeaderValues(String name) {
      return List.of();
    }

    @Override
    public String getBody() {
      return body;
    }
  }
}
