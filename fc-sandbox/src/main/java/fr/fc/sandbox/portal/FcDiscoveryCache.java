package fr.fc.sandbox.portal;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * fc's endpoints for the portal, from its discovery document fetched server-side with short
 * timeouts (the portal must answer even when fc is down) and kept a minute; when fc does not
 * answer, its standard paths, and another try after ten seconds.
 */
@ApplicationScoped
class FcDiscoveryCache {

  static final Duration KEPT = Duration.ofSeconds(60);
  static final Duration RETRIED_AFTER = Duration.ofSeconds(10);

  /** A discovery document is a few kilobytes: more is not fc's. */
  static final int MAX_DOCUMENT_BYTES = 256 * 1024;

  private static final Logger LOG = Logger.getLogger(FcDiscoveryCache.class.getName());
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(CONNECT_TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final Function<URI, Optional<String>> fetch;
  private final Clock clock;
  private volatile Kept kept;

  /** What was read from an issuer, until when. */
  private record Kept(String issuer, FcEndpoints endpoints, Instant until) {}

  FcDiscoveryCache() {
    this(FcDiscoveryCache::get, Clock.systemUTC());
  }

  /** A cache that reads documents with {@code fetch} (its body, or none), on this clock. */
  FcDiscoveryCache(Function<URI, Optional<String>> fetch, Clock clock) {
    this.fetch = fetch;
    this.clock = clock;
  }

  /** fc's endpoints under this issuer: kept, freshly read, or its standard paths. */
  FcEndpoints endpoints(String issuer) {
    Instant now = clock.instant();
    Kept current = kept;
    if (current == null || !current.issuer().equals(issuer) || !now.isBefore(current.until())) {
      Optional<FcEndpoints> read = fetch.apply(discoveryUrl(issuer)).flatMap(FcEndpoints::fromDiscovery);
      FcEndpoints endpoints = read.orElseGet(() -> FcEndpoints.standardPaths(issuer));
      current = new Kept(issuer, endpoints, now.plus(read.isPresent() ? KEPT : RETRIED_AFTER));
      kept = current;
    }
    return current.endpoints();
  }

  /** Where fc publishes its discovery document under this issuer. */
  static URI discoveryUrl(String issuer) {
    return URI.create(issuer.replaceFirst("/+$", "") + "/.well-known/openid-configuration");
  }

  /**
   * The document's body when fc answers 200 in time; none otherwise. The whole exchange has its
   * deadline (a request's timeout stops at the headers) and the body its size limit.
   */
  private static Optional<String> get(URI uri) {
    HttpRequest request =
        HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).header("Accept", "application/json").GET().build();
    try {
      HttpResponse<InputStream> response =
          CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
              .get(REQUEST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      try (InputStream body = response.body()) {
        if (response.statusCode() == 200) {
          return Optional.of(new String(body.readNBytes(MAX_DOCUMENT_BYTES), StandardCharsets.UTF_8));
        }
      }
      LOG.info(() -> "portal: " + uri + " answered " + response.statusCode());
    } catch (IOException | ExecutionException | TimeoutException e) {
      LOG.info(() -> "portal: " + uri + " did not answer: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Optional.empty();
  }
}
