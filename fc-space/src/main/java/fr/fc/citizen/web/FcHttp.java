package fr.fc.citizen.web;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The space's calls to fc over HTTP (token, userinfo, JWKS): HTTP/1.1 with keep-alive, 5 s to
 * connect, 10 s for an answer, no redirect followed, answers of at most {@link #MAX_BODY_BYTES}.
 * Its own small executor: a burst of logins cannot take the server's threads.
 */
@ApplicationScoped
public class FcHttp {

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
  static final int THREADS = 4;
  static final int MAX_BODY_BYTES = 256 * 1024;

  /** An answer of fc: its status, media type (may be empty) and body. */
  public record Answer(int status, String contentType, String body) {}

  private ExecutorService executor;
  private HttpClient client;

  @PostConstruct
  void start() {
    executor = Executors.newFixedThreadPool(THREADS, threads());
    client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(executor)
            .build();
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }

  /** A POST of an HTML form (application/x-www-form-urlencoded), JSON expected back. */
  public Answer postForm(String url, Map<String, String> form) throws LoginFailedException {
    HttpRequest request =
        request(url)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(FcUrls.query(form), StandardCharsets.UTF_8))
            .build();
    return send(request);
  }

  /** A GET, with an Authorization header when {@code bearerToken} is not null. */
  public Answer get(String url, String accept, String bearerToken) throws LoginFailedException {
    HttpRequest.Builder request = request(url).header("Accept", accept).GET();
    if (bearerToken != null) {
      request.header("Authorization", "Bearer " + bearerToken);
    }
    return send(request.build());
  }

  private static HttpRequest.Builder request(String url) throws LoginFailedException {
    try {
      return HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT);
    } catch (IllegalArgumentException e) {
      throw new LoginFailedException(LoginFailure.UNAVAILABLE, "fc's address is not a URL: " + url);
    }
  }

  private Answer send(HttpRequest request) throws LoginFailedException {
    String endpoint = request.method() + " " + request.uri().getPath();
    try {
      HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      String body;
      try (InputStream in = response.body()) {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
          throw new LoginFailedException(LoginFailure.UNAVAILABLE, endpoint + ": answer larger than " + MAX_BODY_BYTES + " bytes");
        }
        body = new String(bytes, StandardCharsets.UTF_8);
      }
      String contentType = response.headers().firstValue("Content-Type").orElse("");
      return new Answer(response.statusCode(), contentType, body);
    } catch (IOException e) {
      throw new LoginFailedException(LoginFailure.UNAVAILABLE, endpoint + " failed: " + e.getClass().getSimpleName(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LoginFailedException(LoginFailure.UNAVAILABLE, endpoint + " interrupted", e);
    }
  }

  private static ThreadFactory threads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "fc-space-http-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
