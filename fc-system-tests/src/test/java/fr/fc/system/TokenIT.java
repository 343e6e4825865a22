package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.keys.HmacKey;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The token and userinfo endpoints on the real stack (contract sections 1.3 to 1.5). */
@ExtendWith(SystemTest.class)
class TokenIT {

  static final String CLIENT_ID = "sandbox-demo-sp";
  static final String SECRET = "sandbox-sp-secret-for-demo-only";

  @Test
  void aCodeBuysTheContractsFiveKeysAndASignedUserinfo(FcPlatform fc) throws Exception {
    HttpResponse<String> response = token(fc, code(fc), SECRET);

    assertEquals(200, response.statusCode(), response.body());
    assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
    Map<String, Object> tokens = Http.json(response.body());
    assertEquals(List.of("access_token", "expires_in", "id_token", "scope", "token_type"), tokens.keySet().stream().sorted().toList());
    assertEquals(60L, ((Number) tokens.get("expires_in")).longValue());
    assertEquals("Bearer", tokens.get("token_type"));
    JwtClaims idToken = verified(fc, (String) tokens.get("id_token"));
    assertEquals("a-nonce-of-twenty-two-characters-or-more", idToken.getStringClaimValue("nonce"));
    assertEquals("eidas1", idToken.getStringClaimValue("acr"));

    HttpResponse<String> userinfo = userinfo(fc, (String) tokens.get("access_token"));

    assertEquals(200, userinfo.statusCode(), userinfo.body());
    assertTrue(userinfo.headers().firstValue("Content-Type").orElse("").startsWith("application/jwt"));
    JwtClaims claims = verified(fc, userinfo.body());
    assertEquals(idToken.getSubject(), claims.getSubject());
    assertEquals("DUBOIS", claims.getStringClaimValue("family_name"));
    assertEquals(List.of("Angela", "Claire", "Louise"), claims.getStringListClaimValue("given_name_array"));
    assertEquals("99100", claims.getStringClaimValue("birthcountry"));
  }

  @Test
  void aLegacySpGetsTokensSignedWithItsSecret(FcPlatform fc) throws Exception {
    String secret = "sandbox-legacy-sp-secret-for-demo-only-hs256-signing-key";
    Map<String, String> request = AuthorizeIT.request(fc);
    request.put("client_id", "sandbox-legacy-sp");
    request.put("scope", "openid profile");
    String code = AuthorizeIT.query(BrokeredLoginIT.loginThrough(fc, new Browser(), AuthorizeIT.url(fc, request), "impots", "test")).get("code");

    HttpResponse<String> response = redeem(fc, code, "sandbox-legacy-sp", secret);

    assertEquals(200, response.statusCode(), response.body());
    Map<String, Object> tokens = Http.json(response.body());
    JwtClaims idToken = hmacVerified(fc, (String) tokens.get("id_token"), secret, "sandbox-legacy-sp");
    assertTrue(idToken.getSubject().endsWith("v1"));
    JwtClaims userinfo = hmacVerified(fc, userinfo(fc, (String) tokens.get("access_token")).body(), secret, "sandbox-legacy-sp");
    assertEquals("DUBOIS", userinfo.getStringClaimValue("family_name"));
  }

  @Test
  void theSpLogsTheCitizenOutWithItsIdToken(FcPlatform fc) throws Exception {
    String idToken = (String) Http.json(token(fc, code(fc), SECRET).body()).get("id_token");
    String back = fc.sandbox().url() + "/sp/logout-callback";

    HttpResponse<String> logout =
        fc.http().get(fc.url("/api/v2/session/end?id_token_hint=" + idToken + "&state=bye&post_logout_redirect_uri=" + URLEncoder.encode(back, StandardCharsets.UTF_8)));

    assertEquals(303, logout.statusCode(), logout.body());
    assertEquals(back + "?state=bye", logout.headers().firstValue("Location").orElseThrow());
    HttpResponse<String> page = fc.http().get(fc.url("/api/v2/session/end?id_token_hint=" + idToken));
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Vous êtes bien déconnecté"));
    HttpResponse<String> elsewhere =
        fc.http().get(fc.url("/api/v2/session/end?id_token_hint=" + idToken + "&post_logout_redirect_uri=https%3A%2F%2Fattacker.example.com%2F"));
    assertEquals(400, elsewhere.statusCode());
    assertTrue(elsewhere.body().contains("Y030120"));
    String forged = idToken.substring(0, idToken.lastIndexOf('.') + 1) + "AAAA";
    assertEquals(400, fc.http().get(fc.url("/api/v2/session/end?id_token_hint=" + forged)).statusCode());
  }

  @Test
  void aReplayedCodeIsRefusedAndRevokesWhatItBought(FcPlatform fc) throws Exception {
    String code = code(fc);
    HttpResponse<String> first = fc.http().send(tokenRequest(fc, code).header("Authorization", basic()).build());
    assertEquals(200, first.statusCode(), first.body());
    String accessToken = (String) Http.json(first.body()).get("access_token");

    HttpResponse<String> replay = token(fc, code, SECRET);

    assertError(replay, 400, "invalid_grant", "grant request is invalid (authorization code not found)");
    assertError(userinfo(fc, accessToken), 401, "invalid_token", "invalid token provided (access token not found)");
  }

  @Test
  void anSpRevokesItsAccessTokenButNotAnotherSps(FcPlatform fc) throws Exception {
    String accessToken = (String) Http.json(token(fc, code(fc), SECRET).body()).get("access_token");

    HttpResponse<String> byAnother = revoke(fc, accessToken, "fc-public-integration-client", "fc-public-integration-secret");
    assertEquals(200, byAnother.statusCode(), "RFC 7009: the same answer, whoever's token it is");
    assertEquals(200, userinfo(fc, accessToken).statusCode(), "another SP cannot revoke it");

    assertEquals(200, revoke(fc, accessToken, CLIENT_ID, SECRET).statusCode());
    assertError(userinfo(fc, accessToken), 401, "invalid_token", "invalid token provided (access token not found)");
    assertEquals(200, revoke(fc, "unknown-token", CLIENT_ID, SECRET).statusCode());
    assertError(revoke(fc, "", CLIENT_ID, SECRET), 400, "invalid_request", "missing required parameter 'token' (undefined)");
    assertError(revoke(fc, accessToken, CLIENT_ID, "wrong-secret"), 401, "invalid_client", "client authentication failed (invalid secret provided)");
  }

  private static HttpResponse<String> revoke(FcPlatform fc, String token, String clientId, String secret) throws Exception {
    String form =
        "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&token_type_hint=access_token&client_id="
            + clientId + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    return fc.http().send(
        HttpRequest.newBuilder(fc.url("/api/v2/token/revocation"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
  }

  @Test
  void aWrongSecretIsRefusedWithTheContractsError(FcPlatform fc) throws Exception {
    HttpResponse<String> response = token(fc, "any-code", "wrong-secret");

    assertError(response, 401, "invalid_client", "client authentication failed (invalid secret provided)");
    assertTrue(((String) Http.json(response.body()).get("error_uri")).contains("code=Y0434A7B"));
    assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""), "an error is not cached either");
  }

  @Test
  void missingAndUnknownCodesAreRefused(FcPlatform fc) throws Exception {
    assertError(token(fc, "", SECRET), 400, "invalid_request", "missing required parameter 'code' (undefined)");
    HttpResponse<String> unknown = token(fc, "unknown-code", SECRET);
    assertError(unknown, 400, "invalid_grant", "grant request is invalid (authorization code not found)");
    assertEquals("no-store", unknown.headers().firstValue("Cache-Control").orElse(""));
  }

  @Test
  void userinfoWithoutTokenIsRefused(FcPlatform fc) throws Exception {
    HttpResponse<String> response = fc.http().get(fc.url("/api/v2/userinfo"));

    assertError(response, 401, "invalid_token", "no access token provided (no access token provided)");
    assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
  }

  private static String code(FcPlatform fc) throws Exception {
    URI back = BrokeredLoginIT.loginThrough(fc, new Browser(), AuthorizeIT.url(fc, AuthorizeIT.request(fc)), "impots", "test");
    return AuthorizeIT.query(back).get("code");
  }

  private static HttpResponse<String> token(FcPlatform fc, String code, String secret) throws Exception {
    return redeem(fc, code, CLIENT_ID, secret);
  }

  /** The token request of an SP authenticating with client_secret_post. */
  static HttpResponse<String> redeem(FcPlatform fc, String code, String clientId, String secret) throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("client_id", clientId);
    form.put("client_secret", secret);
    return fc.http().send(tokenRequest(fc, code, form).build());
  }

  private static HttpRequest.Builder tokenRequest(FcPlatform fc, String code) {
    return tokenRequest(fc, code, new LinkedHashMap<>());
  }

  static HttpRequest.Builder tokenRequest(FcPlatform fc, String code, Map<String, String> form) {
    form.put("grant_type", "authorization_code");
    form.put("code", code);
    form.put("redirect_uri", AuthorizeIT.redirectUri(fc));
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return HttpRequest.newBuilder(fc.url("/api/v2/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private static String basic() {
    return "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
  }

  static HttpResponse<String> userinfo(FcPlatform fc, String accessToken) throws Exception {
    return fc.http().send(
        HttpRequest.newBuilder(fc.url("/api/v2/userinfo")).header("Authorization", "Bearer " + accessToken).GET().build());
  }

  static JwtClaims verified(FcPlatform fc, String jwt) throws Exception {
    return new JwtConsumerBuilder()
        .setExpectedIssuer(fc.issuer())
        .setExpectedAudience(CLIENT_ID)
        .setRequireExpirationTime()
        .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(new HttpsJwks(fc.issuer() + "/jwks")))
        .build()
        .processToClaims(jwt);
  }

  static JwtClaims hmacVerified(FcPlatform fc, String jwt, String secret, String audience) throws Exception {
    return new JwtConsumerBuilder()
        .setExpectedIssuer(fc.issuer())
        .setExpectedAudience(audience)
        .setRequireExpirationTime()
        .setVerificationKey(new HmacKey(secret.getBytes(StandardCharsets.UTF_8)))
        .setRelaxVerificationKeyValidation()
        .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, "HS256")
        .build()
        .processToClaims(jwt);
  }

  private static void assertError(HttpResponse<String> response, int status, String error, String description)
      throws Exception {
    assertEquals(status, response.statusCode(), response.body());
    Map<String, Object> body = Http.json(response.body());
    assertEquals(error, body.get("error"));
    assertEquals(description, body.get("error_description"));
  }
}
