package fr.fc.sandbox.dp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * fc's checktoken and JWKS for the integration test, in the test's JVM, on a port chosen before the
 * data provider is deployed. Like fc, it authenticates the data provider, and encrypts its answer
 * to the key it reads at the data provider's jwks_uri. Down until {@link #start}.
 */
final class TestFcServer {

  static final String DP_SECRET = "sandbox-dp-secret-for-demo-only";

  private final int port;
  private final TestFc keys = new TestFc();
  private final Map<String, Map<String, Object>> tokens = new ConcurrentHashMap<>();
  private final HttpClient http = HttpClient.newHttpClient();
  private HttpServer server;
  private volatile URI dpJwksUri;

  private TestFcServer(int port) {
    this.port = port;
  }

  static TestFcServer onFreePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return new TestFcServer(socket.getLocalPort());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String issuer() {
    return "http://127.0.0.1:" + port + "/api/v2";
  }

  /** Starts answering, encrypting to the key at this jwks_uri. */
  synchronized void start(URI jwksUri) throws IOException {
    dpJwksUri = jwksUri;
    if (server != null) {
      return;
    }
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/api/v2/jwks", this::jwks);
    server.createContext("/api/v2/checktoken", this::checkToken);
    server.start();
  }

  synchronized void stop() {
    if (server != null) {
      server.stop(0);
      server = null;
    }
  }

  /** An access token whose introspection is this. */
  String issueToken(Map<String, Object> introspection) {
    String token = UUID.randomUUID().toString();
    tokens.put(token, introspection);
    return token;
  }

  private void jwks(HttpExchange exchange) throws IOException {
    answer(exchange, 200, "application/json", keys.publicJwks());
  }

  private void checkToken(HttpExchange exchange) throws IOException {
    Map<String, String> form =
        form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    if (!"POST".equals(exchange.getRequestMethod()) || form.get("token") == null) {
      answer(exchange, 400, "application/json", "{\"error\":\"invalid_request\"}");
      return;
    }
    if (!TestFc.DP_CLIENT_ID.equals(form.get("client_id"))
        || !DP_SECRET.equals(form.get("client_secret"))) {
      answer(exchange, 401, "application/json", "{\"error\":\"invalid_client\"}");
      return;
    }
    Map<String, Object> introspection = tokens.getOrDefault(form.get("token"), Map.of());
    if (introspection.isEmpty()) {
      introspection = Map.of("active", false);
    }
    String jwe = keys.checkTokenAnswer(TestFc.answer(issuer(), introspection), dpJwks());
    answer(exchange, 200, "application/token-introspection+jwt", jwe);
  }

  private String dpJwks() throws IOException {
    try {
      return http.send(
              HttpRequest.newBuilder(dpJwksUri).GET().build(), HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static Map<String, String> form(String body) {
    Map<String, String> fields = new HashMap<>();
    for (String pair : body.split("&")) {
      String[] nameAndValue = pair.split("=", 2);
      if (nameAndValue.length == 2) {
        fields.put(decode(nameAndValue[0]), decode(nameAndValue[1]));
      }
    }
    return fields;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
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
