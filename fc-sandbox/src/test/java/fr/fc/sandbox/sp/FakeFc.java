package fr.fc.sandbox.sp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwt.JwtClaims;

/**
 * A tiny fc for the integration test, in the test's JVM: discovery, JWKS, token and userinfo on a
 * port chosen before the SP is deployed, so that the SP's configuration can name it. It is down
 * until {@link #start()}. The test plays the browser and fc's authorize step ({@link #issueCode}).
 * It also answers the legacy API v1's token (HS256 ID token keyed with the legacy SP's secret) and
 * userinfo (plain JSON), and plays the tax data provider at /dp/api/dgfip, which knows the access
 * tokens it issued.
 */
final class FakeFc {

  static final String CLIENT_SECRET = "sandbox-sp-secret-for-demo-only";
  static final String LEGACY_CLIENT_SECRET =
      "sandbox-legacy-sp-secret-for-demo-only-hs256-signing-key";
  static final Map<String, String> IDENTITY =
      Map.of(
          "given_name", "Angela Claire Louise",
          "family_name", "DUBOIS",
          "birthdate", "1962-08-24",
          "gender", "female",
          "birthplace", "75107",
          "birthcountry", "99100",
          "email", "angela.dubois@example.fr");
  static final String SUB = "b6048e95bb134ec5b1d1e1fa69f287172e91722b9354d637a1bcf2ebb0fd2ef5v1";

  private final int port;
  private final TestKeys keys = new TestKeys();
  private final Map<String, Map<String, String>> authorizations = new ConcurrentHashMap<>();
  private final Map<String, String> accessTokens = new ConcurrentHashMap<>();
  private final Map<String, String> grantedScopes = new ConcurrentHashMap<>();
  private HttpServer server;
  private volatile String lastIdToken;

  private FakeFc(int port) {
    this.port = port;
  }

  /** A fake fc on a port that is free now; nothing listens there until {@link #start()}. */
  static FakeFc onFreePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return new FakeFc(socket.getLocalPort());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String issuer() {
    return "http://127.0.0.1:" + port + "/api/v2";
  }

  /** Where fc's legacy API v1 answers. */
  String v1() {
    return "http://127.0.0.1:" + port + "/api/v1";
  }

  /** The fake tax data provider's API. */
  String taxDataUrl() {
    return "http://127.0.0.1:" + port + "/dp/api/dgfip";
  }

  synchronized void start() throws IOException {
    if (server != null) {
      return;
    }
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/api/v2/.well-known/openid-configuration", get(this::discovery));
    server.createContext("/api/v2/jwks", get(this::jwks));
    server.createContext("/api/v2/token", this::token);
    server.createContext("/api/v2/userinfo", get(this::userinfo));
    server.createContext("/api/v1/token", this::v1Token);
    server.createContext("/api/v1/userinfo", get(this::v1Userinfo));
    server.createContext("/dp/api/dgfip", get(this::taxData));
    server.start();
  }

  synchronized void stop() {
    if (server != null) {
      server.stop(0);
      server = null;
    }
  }

  /** What fc's authorize step does once the citizen is identified: a code for this request. */
  String issueCode(Map<String, String> authorizeParameters) {
    String code = UUID.randomUUID().toString();
    authorizations.put(code, authorizeParameters);
    return code;
  }

  /** The last ID token issued, which the SP must send back as id_token_hint. */
  String lastIdToken() {
    return lastIdToken;
  }

  private void discovery(HttpExchange exchange) throws IOException {
    String issuer = issuer();
    Map<String, Object> document =
        Map.of(
            "issuer", issuer,
            "authorization_endpoint", issuer + "/authorize",
            "token_endpoint", issuer + "/token",
            "userinfo_endpoint", issuer + "/userinfo",
            "jwks_uri", issuer + "/jwks",
            "end_session_endpoint", issuer + "/session/end");
    answer(exchange, 200, "application/json", JsonUtil.toJson(document));
  }

  private void jwks(HttpExchange exchange) throws IOException {
    answer(exchange, 200, "application/json", keys.publicJwks());
  }

  private void token(HttpExchange exchange) throws IOException {
    Map<String, String> form = form(exchange);
    Map<String, String> authorization = authorizations.remove(form.getOrDefault("code", ""));
    if (authorization == null
        || !isTheClient(form, authorization, CLIENT_SECRET)
        || !provesPkce(form, authorization)) {
      answer(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
      return;
    }
    String accessToken = grant(authorization);
    lastIdToken = keys.sign(idToken(authorization));
    Map<String, Object> tokens =
        Map.of(
            "access_token",
            accessToken,
            "expires_in",
            60,
            "id_token",
            lastIdToken,
            "scope",
            authorization.get("scope"),
            "token_type",
            "Bearer");
    answer(exchange, 200, "application/json", JsonUtil.toJson(tokens));
  }

  /**
   * The legacy API v1's token endpoint: the same form without PKCE (a login through v1 sends no
   * challenge), an ID token HS256 keyed with the legacy SP's secret, with idp.
   */
  private void v1Token(HttpExchange exchange) throws IOException {
    Map<String, String> form = form(exchange);
    Map<String, String> authorization = authorizations.remove(form.getOrDefault("code", ""));
    if (authorization == null
        || !isTheClient(form, authorization, LEGACY_CLIENT_SECRET)
        || authorization.containsKey("code_challenge")
        || form.containsKey("code_verifier")) {
      answer(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
      return;
    }
    String accessToken = grant(authorization);
    JwtClaims idToken = idToken(authorization);
    idToken.setStringClaim("idp", "FC");
    lastIdToken = TestKeys.hs256(idToken, LEGACY_CLIENT_SECRET);
    Map<String, Object> tokens =
        Map.of(
            "access_token", accessToken,
            "token_type", "Bearer",
            "expires_in", 60,
            "id_token", lastIdToken);
    answer(exchange, 200, "application/json", JsonUtil.toJson(tokens));
  }

  private void userinfo(HttpExchange exchange) throws IOException {
    String clientId = clientOf(exchange);
    if (clientId == null) {
      answer(exchange, 401, "application/json", "{\"error\":\"invalid_token\"}");
      return;
    }
    JwtClaims claims = claims(clientId);
    IDENTITY.forEach(claims::setStringClaim);
    answer(exchange, 200, "application/jwt", keys.sign(claims));
  }

  /** The legacy API v1's userinfo: the sub and the identity, as plain JSON. */
  private void v1Userinfo(HttpExchange exchange) throws IOException {
    if (clientOf(exchange) == null) {
      answer(exchange, 401, "application/json", "{\"error\":\"invalid_token\"}");
      return;
    }
    Map<String, Object> claims = new HashMap<>(IDENTITY);
    claims.put("sub", SUB);
    answer(exchange, 200, "application/json", JsonUtil.toJson(claims));
  }

  /** A new access token for this authorization. */
  private String grant(Map<String, String> authorization) {
    String accessToken = UUID.randomUUID().toString();
    accessTokens.put(accessToken, authorization.get("client_id"));
    grantedScopes.put(accessToken, authorization.get("scope"));
    return accessToken;
  }

  /** The client the request's bearer access token was issued to, or null. */
  private String clientOf(HttpExchange exchange) {
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    return authorization == null ? null : accessTokens.get(authorization.replace("Bearer ", ""));
  }

  private static Map<String, String> form(HttpExchange exchange) throws IOException {
    return QueryParameters.parse(
        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
  }

  /** The tax data provider: the data of the granted DGFiP scopes, for a token fc issued. */
  private void taxData(HttpExchange exchange) throws IOException {
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    String scope =
        authorization == null ? null : grantedScopes.get(authorization.replace("Bearer ", ""));
    if (scope == null) {
      answer(exchange, 401, "application/json", "{\"error\":\"invalid_token\",\"message\":\"?\"}");
      return;
    }
    if (!scope.contains("dgfip_rfr")) {
      answer(exchange, 403, "application/json", "{\"error\":\"insufficient_scope\"}");
      return;
    }
    answer(exchange, 200, "application/json", "{\"rfr\":24500,\"nbPart\":1.5}");
  }

  private static boolean isTheClient(
      Map<String, String> form, Map<String, String> authorization, String secret) {
    return authorization.get("client_id").equals(form.get("client_id"))
        && secret.equals(form.get("client_secret"))
        && authorization.get("redirect_uri").equals(form.get("redirect_uri"))
        && "authorization_code".equals(form.get("grant_type"));
  }

  private static boolean provesPkce(Map<String, String> form, Map<String, String> authorization) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(form.getOrDefault("code_verifier", "").getBytes(StandardCharsets.US_ASCII));
      String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
      return challenge.equals(authorization.get("code_challenge"));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private JwtClaims idToken(Map<String, String> authorization) {
    JwtClaims claims = claims(authorization.get("client_id"));
    claims.setStringClaim("nonce", authorization.get("nonce"));
    claims.setStringClaim("acr", "eidas1");
    return claims;
  }

  private JwtClaims claims(String clientId) {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(issuer());
    claims.setSubject(SUB);
    claims.setAudience(clientId);
    claims.setIssuedAtToNow();
    claims.setExpirationTimeMinutesInTheFuture(1);
    return claims;
  }

  private static HttpHandler get(HttpHandler handler) {
    return exchange -> {
      if ("GET".equals(exchange.getRequestMethod())) {
        handler.handle(exchange);
      } else {
        answer(exchange, 405, "text/plain", "GET only");
      }
    };
  }

  private static void answer(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
