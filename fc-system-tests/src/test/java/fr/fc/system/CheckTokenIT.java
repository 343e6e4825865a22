package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Data providers check an SP's access token (contract section 3): v2 signed by fc and encrypted to
 * the provider, telling it only its own scopes and its own sub; v1 in plain JSON; errors in the
 * contract's shapes.
 */
@ExtendWith(SystemTest.class)
class CheckTokenIT {

  static final String DATA_SCOPES = "openid profile birth dgfip_rfr dgfip_nbpart dgfip_sitfam";

  @Test
  void aProviderReadsItsOwnScopesAndSubSignedByFcAndEncryptedToIt(FcPlatform fc) throws Exception {
    Login login = login(fc);
    TestDataProviders.Provider dp = fc.dataProviders().ec;

    HttpResponse<String> response = checkToken(fc, login.accessToken(), dp.clientId(), TestDataProviders.SECRET);

    assertEquals(200, response.statusCode(), response.body());
    assertEquals("application/token-introspection+jwt", response.headers().firstValue("Content-Type").orElse(""));
    JwtClaims answer = verifiedFor(fc, dp, dp.decrypt(response.body()));
    assertEquals(fc.issuer(), answer.getIssuer());
    assertEquals(List.of(dp.clientId()), answer.getAudience());
    @SuppressWarnings("unchecked")
    Map<String, Object> introspection = (Map<String, Object>) answer.getClaimValue("token_introspection");
    assertEquals(true, introspection.get("active"));
    assertEquals(TokenIT.CLIENT_ID, introspection.get("aud"));
    assertEquals("dgfip_rfr dgfip_nbpart", introspection.get("scope"), "only this provider's scopes");
    assertEquals("eidas1", introspection.get("acr"));
    assertEquals(66, ((String) introspection.get("sub")).length());
    assertNotEquals(login.sub(), introspection.get("sub"), "the provider's own sub, not the SP's");
    assertEquals(login.identity().get("family_name"), introspection.get("family_name"));
    assertEquals(login.identity().get("birthdate"), introspection.get("birthdate"));
    assertFalse(introspection.containsKey("email"), "the register's identity only");
    assertEquals(4, answer.getClaimsMap().size(), "iss, aud, iat and token_introspection: " + answer.getClaimsMap());
  }

  @Test
  void anotherProviderGetsOnlyItsScopeInItsOwnAlgorithms(FcPlatform fc) throws Exception {
    Login login = login(fc);
    TestDataProviders.Provider rsa = fc.dataProviders().rsa;

    HttpResponse<String> response = checkToken(fc, login.accessToken(), rsa.clientId(), TestDataProviders.SECRET);

    JoseReading read = readWithJose(fc, rsa, response.body());

    assertEquals("RSA-OAEP-256", read.jwe().get("alg"));
    assertEquals("A256GCM", read.jwe().get("enc"));
    assertEquals("RS256", read.jws().get("alg"));
    assertEquals("dgfip_sitfam", read.introspection().get("scope"));
    String ecSub = (String) introspectionOf(fc, fc.dataProviders().ec, login.accessToken()).get("sub");
    assertNotEquals(ecSub, read.introspection().get("sub"), "each provider its own sub");
  }

  @Test
  void theIndependentJoseLibraryOpensAndVerifiesTheAnswer(FcPlatform fc) throws Exception {
    Login login = login(fc);
    TestDataProviders.Provider dp = fc.dataProviders().ec;

    HttpResponse<String> response = checkToken(fc, login.accessToken(), dp.clientId(), TestDataProviders.SECRET);
    JoseReading read = readWithJose(fc, dp, response.body());

    assertEquals(dp.clientId(), read.payload().get("aud"));
    assertEquals(true, read.introspection().get("active"));
    assertEquals("dgfip_rfr dgfip_nbpart", read.introspection().get("scope"));
  }

  @Test
  void anUnknownOrRevokedTokenIsInactive(FcPlatform fc) throws Exception {
    TestDataProviders.Provider dp = fc.dataProviders().ec;
    assertEquals(Map.of("active", false), introspectionOf(fc, dp, "unknown-token"));

    Login login = login(fc);
    HttpResponse<String> revoked =
        fc.http().send(
            form(fc, "/api/v2/token/revocation",
                Map.of("token", login.accessToken(), "client_id", TokenIT.CLIENT_ID, "client_secret", TokenIT.SECRET)));
    assertEquals(200, revoked.statusCode(), revoked.body());

    assertEquals(Map.of("active", false), introspectionOf(fc, dp, login.accessToken()));
  }

  @Test
  void aProviderFcCannotAuthenticateIsInvalidClient(FcPlatform fc) throws Exception {
    String dp = fc.dataProviders().ec.clientId();

    assertJsonError(checkToken(fc, "any", dp, "a-wrong-secret-of-enough-length"), 401, "invalid_client");
    assertJsonError(checkToken(fc, "any", "unknown-provider", TestDataProviders.SECRET), 401, "invalid_client");
  }

  @Test
  void missingUnknownOrOversizedFieldsAreInvalidRequests(FcPlatform fc) throws Exception {
    String dp = fc.dataProviders().ec.clientId();
    String secret = TestDataProviders.SECRET;

    assertJsonError(fc.http().send(form(fc, "/api/v2/checktoken", Map.of("client_id", dp, "client_secret", secret))), 400, "invalid_request");
    assertJsonError(
        fc.http().send(form(fc, "/api/v2/checktoken", Map.of("token", "t", "client_id", dp, "client_secret", secret, "extra", "x"))),
        400, "invalid_request");
    assertJsonError(checkToken(fc, "t".repeat(5000), dp, secret), 400, "invalid_request");
    HttpResponse<String> json =
        fc.http().send(
            HttpRequest.newBuilder(fc.url("/api/v2/checktoken"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"token\": \"t\"}"))
                .build());
    assertTrue(json.statusCode() >= 400 && json.statusCode() < 500, json.statusCode() + " " + json.body());
    HttpResponse<String> empty =
        fc.http().send(HttpRequest.newBuilder(fc.url("/api/v2/checktoken")).POST(HttpRequest.BodyPublishers.noBody()).build());
    assertTrue(empty.statusCode() >= 400 && empty.statusCode() < 500, empty.statusCode() + " " + empty.body());
  }

  @Test
  void aV1ProviderGetsTheGrantAndIdentityInPlainJson(FcPlatform fc) throws Exception {
    Login login = login(fc);

    HttpResponse<String> response = checkTokenV1(fc, "{\"token\": \"" + login.accessToken() + "\"}");

    assertEquals(200, response.statusCode(), response.body());
    Map<String, Object> answer = Http.json(response.body());
    assertEquals(List.of(DATA_SCOPES.split(" ")), answer.get("scope"));
    assertEquals(Map.of("client_id", TokenIT.CLIENT_ID, "client_name", "Service en ligne de démonstration"), answer.get("client"));
    assertEquals("impots", answer.get("identity_provider_id"));
    assertEquals("eidas1", answer.get("acr"));
    @SuppressWarnings("unchecked")
    Map<String, Object> identity = (Map<String, Object>) answer.get("identity");
    assertEquals(login.identity().get("family_name"), identity.get("family_name"));
  }

  @Test
  void v1ErrorsHaveTheV1Shape(FcPlatform fc) throws Exception {
    HttpResponse<String> unknown = checkTokenV1(fc, "{\"token\": \"unknown-token\"}");
    assertEquals(401, unknown.statusCode());
    assertEquals(Map.of("status", "fail", "message", "token_not_found_or_expired"), Http.json(unknown.body()));

    for (String malformed : List.of("{}", "not json", "{\"token\": 12}", "[]")) {
      HttpResponse<String> response = checkTokenV1(fc, malformed);
      assertEquals(400, response.statusCode(), malformed);
      assertEquals(Map.of("status", "fail", "message", "Malformed access token."), Http.json(response.body()), malformed);
    }
  }

  private record Login(String accessToken, String sub, Map<String, Object> identity) {}

  /** A login of the demo SP asking for data scopes, consented, through to its access token and userinfo. */
  private static Login login(FcPlatform fc) throws Exception {
    URI back = DataConsentIT.loginConsenting(fc, DATA_SCOPES);
    HttpResponse<String> token = TokenIT.redeem(fc, AuthorizeIT.query(back).get("code"), TokenIT.CLIENT_ID, TokenIT.SECRET);
    assertEquals(200, token.statusCode(), token.body());
    String accessToken = (String) Http.json(token.body()).get("access_token");
    JwtClaims userinfo = TokenIT.verified(fc, TokenIT.userinfo(fc, accessToken).body());
    return new Login(accessToken, userinfo.getSubject(), userinfo.getClaimsMap());
  }

  private static Map<String, Object> introspectionOf(FcPlatform fc, TestDataProviders.Provider dp, String token)
      throws Exception {
    HttpResponse<String> response = checkToken(fc, token, dp.clientId(), TestDataProviders.SECRET);
    assertEquals(200, response.statusCode(), response.body());
    @SuppressWarnings("unchecked")
    Map<String, Object> introspection =
        (Map<String, Object>) verifiedFor(fc, dp, dp.decrypt(response.body())).getClaimValue("token_introspection");
    return introspection;
  }

  /** fc's JWS for this provider: fc's signature, issuer and the provider as audience (no exp: it is an answer). */
  private static JwtClaims verifiedFor(FcPlatform fc, TestDataProviders.Provider dp, String jws) throws Exception {
    return new JwtConsumerBuilder()
        .setExpectedIssuer(fc.issuer())
        .setExpectedAudience(dp.clientId())
        .setRequireIssuedAt()
        .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, dp.signingAlg())
        .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(new HttpsJwks(fc.issuer() + "/jwks")))
        .build()
        .processToClaims(jws);
  }

  static HttpResponse<String> checkToken(FcPlatform fc, String token, String clientId, String secret)
      throws Exception {
    return fc.http().send(form(fc, "/api/v2/checktoken", Map.of("token", token, "client_id", clientId, "client_secret", secret)));
  }

  private static HttpResponse<String> checkTokenV1(FcPlatform fc, String body) throws Exception {
    return fc.http().send(
        HttpRequest.newBuilder(fc.url("/api/v1/checktoken"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private static HttpRequest form(FcPlatform fc, String path, Map<String, String> fields) {
    String body =
        new LinkedHashMap<>(fields).entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return HttpRequest.newBuilder(fc.url(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private static void assertJsonError(HttpResponse<String> response, int status, String error) throws Exception {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(error, Http.json(response.body()).get("error"), response.body());
  }

  /** fc's answer as npm's jose library reads it: JWE header, JWS header and payload. */
  private record JoseReading(Map<String, Object> jwe, Map<String, Object> jws, Map<String, Object> payload) {

    @SuppressWarnings("unchecked")
    static JoseReading of(Map<String, Object> read) {
      return new JoseReading(
          (Map<String, Object>) read.get("jwe"), (Map<String, Object>) read.get("jws"), (Map<String, Object>) read.get("payload"));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> introspection() {
      return (Map<String, Object>) payload.get("token_introspection");
    }
  }

  private static JoseReading readWithJose(FcPlatform fc, TestDataProviders.Provider dp, String answer)
      throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder("node", "checktoken-verify.mjs")
            .directory(Path.of(System.getProperty("fc.it.nodeDir")).toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().put("FC_ISSUER", fc.issuer());
    builder.environment().put("AUDIENCE", dp.clientId());
    builder.environment().put("PRIVATE_JWK", dp.privateJwk());
    builder.environment().put("ANSWER", answer);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), "jose could not read fc's answer: " + output);
    return JoseReading.of(Http.json(output.trim()));
  }
}
