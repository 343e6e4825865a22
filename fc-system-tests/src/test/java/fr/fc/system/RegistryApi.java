package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jose4j.json.JsonUtil;

/**
 * The registry's admin API (docs/registry.md) as the tests call it, with operators' tokens minted by
 * the demo's command, and the side of an SP the tests register: its login and its token endpoint.
 */
final class RegistryApi {

  static final String SERVICE_PROVIDERS = "/api/admin/service-providers";
  static final String IDENTITY_PROVIDERS = "/api/admin/identity-providers";
  static final String DATA_PROVIDERS = "/api/admin/data-providers";
  static final String REGISTRY = "/api/admin/registry";
  /** Where the tests' SPs are sent back: loopback over http is allowed; nothing needs to listen there. */
  static final String SP_CALLBACK = "http://localhost:7399/callback";
  private static final SecureRandom RANDOM = new SecureRandom();

  private RegistryApi() {}

  // ---- the partners' entries

  /** A fresh identifier: lowercase, so that it suits every kind of partner. */
  static String uniqueId(String kind) {
    return "it-reg-" + kind + "-" + randomHex().substring(0, 12);
  }

  static String randomHex() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** An SP entry with only what the doc requires, and the scopes the demo IdPs can answer. */
  static Map<String, Object> serviceProvider(String clientId) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("clientId", clientId);
    entry.put("name", "Service de test " + clientId);
    entry.put("redirectUris", List.of(SP_CALLBACK));
    entry.put("scopes", List.of("openid", "profile"));
    return entry;
  }

  /** A copy of the entry with this field set (parsed JSON objects refuse a key twice). */
  static Map<String, Object> with(Map<String, Object> entry, String field, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(entry);
    copy.put(field, value);
    return copy;
  }

  static Map<String, Object> created(FcPlatform fc, String token, String kind, Map<String, Object> entry) throws Exception {
    HttpResponse<String> response = post(fc, token, kind, entry);
    assertEquals(201, response.statusCode(), response.body());
    return Http.json(response.body());
  }

  static List<String> clientIds(HttpResponse<String> list) throws Exception {
    return list(list).stream().map(sp -> (String) sp.get("clientId")).sorted().toList();
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(HttpResponse<String> response) throws Exception {
    assertEquals(200, response.statusCode(), response.body());
    return (List<Map<String, Object>>) Http.json("{\"list\":" + response.body() + "}").get("list");
  }

  // ---- operators' tokens and calls

  static String operator(FcPlatform fc) throws Exception {
    return mint(fc, "fc-operators", "fc-admin", "operator");
  }

  /** A token minted by the demo's command (server-config/bin/AdminToken.java). */
  static String mint(FcPlatform fc, String issuer, String role, String name) throws Exception {
    Process mint =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                Path.of(System.getProperty("fc.it.serverConfig"), "bin", "AdminToken.java").toString(),
                "mint", fc.configDirectory().toString(), issuer, role, name)
            .redirectErrorStream(true)
            .start();
    String output = new String(mint.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertEquals(0, mint.waitFor(), output);
    return output;
  }

  static HttpResponse<String> get(FcPlatform fc, String token, String path) throws Exception {
    return send(fc, token, "GET", path, null);
  }

  static HttpResponse<String> post(FcPlatform fc, String token, String path, Map<String, ?> body) throws Exception {
    return send(fc, token, "POST", path, body == null ? null : JsonUtil.toJson(body));
  }

  static HttpResponse<String> put(FcPlatform fc, String token, String path, Map<String, ?> body) throws Exception {
    return send(fc, token, "PUT", path, JsonUtil.toJson(body));
  }

  static HttpResponse<String> delete(FcPlatform fc, String token, String path) throws Exception {
    return send(fc, token, "DELETE", path, null);
  }

  static HttpResponse<String> send(FcPlatform fc, String token, String method, String path, String json) throws Exception {
    return send(fc, token, request(method, fc.url(path), json));
  }

  static HttpRequest.Builder request(String method, URI url, String json) {
    HttpRequest.Builder request = HttpRequest.newBuilder(url);
    if (json == null) {
      return request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
  }

  static HttpResponse<String> send(FcPlatform fc, String token, HttpRequest.Builder request) throws Exception {
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return fc.http().send(request.build());
  }

  /** The contract's error: this status, this error, and a description. */
  static Map<String, Object> assertError(HttpResponse<String> response, int status, String error, String what) throws Exception {
    assertEquals(status, response.statusCode(), what + ": " + response.body());
    Map<String, Object> body = Http.json(response.body());
    assertEquals(error, body.get("error"), what + ": " + response.body());
    assertTrue(body.get("error_description") instanceof String description && !description.isBlank(), what + ": " + response.body());
    return body;
  }

  // ---- the SP's side: authorize, a login, the token endpoint

  /** The SP's authorization request, to its loopback callback. */
  static Map<String, String> authorizeRequest(FcPlatform fc, String clientId) {
    Map<String, String> request = AuthorizeIT.request(fc, clientId);
    request.put("redirect_uri", SP_CALLBACK);
    request.put("scope", "openid profile");
    return request;
  }

  /** A complete login of the demo citizen through the demo IdP; the code fc sends back to the SP. */
  static String codeFor(FcPlatform fc, String clientId) throws Exception {
    URI back = BrokeredLoginIT.loginThrough(fc, new Browser(), AuthorizeIT.url(fc, authorizeRequest(fc, clientId)), "impots", "test");
    assertTrue(back.toString().startsWith(SP_CALLBACK + "?"), back.toString());
    return AuthorizeIT.query(back).get("code");
  }

  /** The token request of the SP, authenticated with client_secret_basic. */
  static HttpResponse<String> redeem(FcPlatform fc, String clientId, String secret, String code) throws Exception {
    String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    String form =
        "grant_type=authorization_code&code=" + URLEncoder.encode(code, StandardCharsets.UTF_8)
            + "&redirect_uri=" + URLEncoder.encode(SP_CALLBACK, StandardCharsets.UTF_8);
    return fc.http().send(
        HttpRequest.newBuilder(fc.url("/api/v2/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Authorization", "Basic " + basic)
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
  }

  /** Whether the token endpoint takes this secret: with a code that does not exist, invalid_grant says it did. */
  static boolean authenticates(FcPlatform fc, String clientId, String secret) throws Exception {
    HttpResponse<String> response = TokenIT.redeem(fc, "no-such-code", clientId, secret);
    Object error = Http.json(response.body()).get("error");
    if (response.statusCode() == 400 && "invalid_grant".equals(error)) {
      return true;
    }
    assertEquals(401, response.statusCode(), response.body());
    assertEquals("invalid_client", error);
    return false;
  }

  /** Whether authorize starts an interaction for the SP, or answers the page of an unknown client. */
  static boolean isServedAtAuthorize(FcPlatform fc, String clientId) throws Exception {
    HttpResponse<String> response = AuthorizeIT.authorize(fc, authorizeRequest(fc, clientId));
    if (response.statusCode() == 303 && AuthorizeIT.location(response).startsWith(fc.issuer() + "/interaction/")) {
      return true;
    }
    assertEquals(400, response.statusCode(), response.body());
    return false;
  }

  /** What AuthorizeIT.anUnknownClientGetsTheErrorPageNotARedirect expects: a deactivated SP is no SP. */
  static void assertRefusedAtAuthorize(FcPlatform fc, String clientId) throws Exception {
    HttpResponse<String> response = AuthorizeIT.authorize(fc, authorizeRequest(fc, clientId));
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Location").isEmpty());
    assertTrue(response.body().contains("Y04EA6EF"), response.body());
  }

  /** Polls the condition until it holds; fails after the patience. */
  static void await(String what, Duration patience, Callable<Boolean> condition) throws Exception {
    Instant deadline = Instant.now().plus(patience);
    while (!condition.call()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("waited " + patience + " for " + what);
      }
      Thread.sleep(200);
    }
  }
}
