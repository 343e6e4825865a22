package fr.fc.rnipp.connector;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * A register gateway on 127.0.0.1 and a random port, with the JDK's HTTP server: answers what the
 * test sets, and records each request with the client port it came from.
 */
final class RegisterStub implements AutoCloseable {

  /** One request as the stub saw it. */
  record Request(String method, URI uri, String accept, int clientPort) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private volatile int status = 200;
  private volatile byte[] body = new byte[0];
  private volatile Duration delay = Duration.ZERO;

  private RegisterStub(HttpServer server) {
    this.server = server;
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  static RegisterStub http() throws IOException {
    return new RegisterStub(HttpServer.create(loopback(), 0));
  }

  /** An HTTPS stub with {@code tls}'s certificate, asking for a client certificate if told. */
  static RegisterStub https(SSLContext tls, boolean needClientAuth) throws IOException {
    HttpsServer server = HttpsServer.create(loopback(), 0);
    server.setHttpsConfigurator(
        new HttpsConfigurator(tls) {
          @Override
          public void configure(HttpsParameters parameters) {
            SSLParameters ssl = getSSLContext().getDefaultSSLParameters();
            ssl.setNeedClientAuth(needClientAuth);
            parameters.setSSLParameters(ssl);
          }
        });
    return new RegisterStub(server);
  }

  RegisterStub answer(int status, String body) {
    this.status = status;
    this.body = body.getBytes(StandardCharsets.UTF_8);
    return this;
  }

  RegisterStub after(Duration delay) {
    this.delay = delay;
    return this;
  }

  /** The base URL to configure as registerUrl. */
  String registerUrl(String scheme) {
    return scheme + "://127.0.0.1:" + server.getAddress().getPort() + "/rnipp";
  }

  String registerUrl() {
    return registerUrl("http");
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      requests.add(
          new Request(
              exchange.getRequestMethod(),
              exchange.getRequestURI(),
              exchange.getRequestHeaders().getFirst("Accept"),
              exchange.getRemoteAddress().getPort()));
      Thread.sleep(delay.toMillis());
      byte[] answer = body;
      exchange.getResponseHeaders().set("Content-Type", "application/xml; charset=UTF-8");
      exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static InetSocketAddress loopback() {
    return new InetSocketAddress("127.0.0.1", 0);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
