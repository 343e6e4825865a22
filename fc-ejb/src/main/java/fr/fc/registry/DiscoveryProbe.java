package fr.fc.registry;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;

/**
 * Tries an identity provider's discovery document when an operator registers it: one that cannot
 * be fetched is a warning, not a refusal, as the IdP may not be reachable from the operator's
 * network yet. Bounded: 2 s to connect, 3 s to answer, so an operator's call never hangs on it.
 */
final class DiscoveryProbe {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(2))
          .followRedirects(HttpClient.Redirect.NEVER)
          .executor(Executors.newFixedThreadPool(2, DiscoveryProbe::daemon))
          .build();

  private DiscoveryProbe() {}

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "fc-discovery-probe");
    thread.setDaemon(true);
    return thread;
  }

  /** A warning naming what went wrong, or none when the document answered 200. */
  static Optional<String> warning(String issuer) {
    String url = issuer + "/.well-known/openid-configuration";
    try {
      HttpResponse<Void> answer =
          CLIENT.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build(),
              HttpResponse.BodyHandlers.discarding());
      return answer.statusCode() == 200
          ? Optional.empty()
          : Optional.of("the discovery document " + url + " answered HTTP " + answer.statusCode());
    } catch (IOException | IllegalArgumentException e) {
      return Optional.of("the discovery document " + url + " cannot be fetched now (" + e.getClass().getSimpleName() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("the discovery document " + url + " was not fetched (interrupted)");
    }
  }
}
