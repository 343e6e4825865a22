package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Authorization parameters in a request object (OIDC Core 6.1, on in the contract's provider). */
@ExtendWith(SystemTest.class)
class RequestObjectIT {

  static final String LEGACY_SP = "sandbox-legacy-sp";
  static final String LEGACY_SECRET = "sandbox-legacy-sp-secret-for-demo-only-hs256-signing-key";

  @Test
  void aLegacySpSendsItsParametersSignedWithItsSecret(FcPlatform fc) throws Exception {
    JwtClaims parameters = new JwtClaims();
    AuthorizeIT.request(fc).forEach(parameters::setStringClaim);
    parameters.setStringClaim("client_id", LEGACY_SP);
    parameters.setStringClaim("scope", "openid profile");
    parameters.setStringClaim("state", "state-in-the-request-object");
    parameters.setStringClaim("nonce", "nonce-in-the-request-object-0123456789");
    parameters.setIssuer(LEGACY_SP);
    parameters.setAudience(fc.issuer());

    URI back = BrokeredLoginIT.loginThrough(fc, new Browser(), authorize(fc, signed(parameters, LEGACY_SECRET)), "impots", "test");

    Map<String, String> answer = AuthorizeIT.query(back);
    assertEquals("state-in-the-request-object", answer.get("state"));
    HttpResponse<String> tokens = TokenIT.redeem(fc, answer.get("code"), LEGACY_SP, LEGACY_SECRET);
    String idToken = (String) Http.json(tokens.body()).get("id_token");
    JwtClaims claims = TokenIT.hmacVerified(fc, idToken, LEGACY_SECRET, LEGACY_SP);
    assertEquals("nonce-in-the-request-object-0123456789", claims.getStringClaimValue("nonce"));
  }

  @Test
  void aForgedRequestObjectGoesBackToTheSpWithTheOidcError(FcPlatform fc) throws Exception {
    JwtClaims parameters = new JwtClaims();
    parameters.setStringClaim("scope", "openid profile");
    Map<String, String> query = legacyQuery(fc);
    query.put("request", signed(parameters, "not-the-sp-secret-but-long-enough-for-hs256"));

    Map<String, String> error = AuthorizeIT.query(URI.create(AuthorizeIT.location(AuthorizeIT.authorize(fc, query))));

    assertEquals("invalid_request_object", error.get("error"));
    assertEquals("state-from-the-sp", error.get("state"));
    assertEquals(fc.issuer(), error.get("iss"));
  }

  @Test
  void requestUriIsRefusedAsUnsupported(FcPlatform fc) throws Exception {
    Map<String, String> query = legacyQuery(fc);
    query.put("request_uri", "https://sp.example.gouv.fr/request/1");

    Map<String, String> error = AuthorizeIT.query(URI.create(AuthorizeIT.location(AuthorizeIT.authorize(fc, query))));

    assertEquals("request_uri_not_supported", error.get("error"));
  }

  @Test
  void discoverySaysWhatIsSupported(FcPlatform fc) throws Exception {
    Map<String, Object> metadata = Http.json(fc.http().get(fc.url("/api/v2/.well-known/openid-configuration")).body());

    assertEquals(true, metadata.get("request_parameter_supported"));
    assertEquals(false, metadata.get("request_uri_parameter_supported"));
  }

  private static Map<String, String> legacyQuery(FcPlatform fc) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("client_id", LEGACY_SP);
    query.put("response_type", "code");
    query.put("redirect_uri", AuthorizeIT.redirectUri(fc));
    query.put("state", "state-from-the-sp");
    return query;
  }

  private static URI authorize(FcPlatform fc, String requestObject) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("client_id", LEGACY_SP);
    query.put("response_type", "code");
    query.put("request", requestObject);
    return AuthorizeIT.url(fc, query);
  }

  private static String signed(JwtClaims claims, String secret) throws Exception {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
    jws.setKey(new HmacKey(secret.getBytes(StandardCharsets.UTF_8)));
    return jws.getCompactSerialization();
  }
}
