package fr.fc.rnipp.connector;

import fr.fc.rnipp.connector.RnippException.Failure;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.InvalidPropertyException;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLException;

/**
 * The HTTP side of one RNIPP pool: one {@link HttpClient} (HTTP/1.1, keep-alive) that every
 * managed connection of the pool shares, and the wire format's exchange. Nothing personal is
 * logged: the query is in the URI, which no message repeats.
 */
final class RnippGateway {

  static final String PATH = "/Brpp2IdentificationComplet/individus";

  /** Far above any register answer; a longer body is not one. */
  static final int MAX_BODY_BYTES = 1 << 20;

  private static final Logger LOG = Logger.getLogger(RnippGateway.class.getName());

  private final String registerUrl;
  private final String endpoint;
  private final Duration timeout;
  private final HttpClient client;

  private RnippGateway(String registerUrl, Duration timeout, HttpClient client) {
    this.registerUrl = registerUrl;
    this.endpoint = registerUrl.replaceAll("/+$", "") + PATH;
    this.timeout = timeout;
    this.client = client;
  }

  /**
   * The gateway of a pool's configuration.
   *
   * @throws ResourceException when the URL, the timeout or a TLS store is not usable
   */
  static RnippGateway of(RnippManagedConnectionFactory config) throws ResourceException {
    String url = config.getRegisterUrl();
    URI base;
    try {
      base = URI.create(url == null ? "" : url);
    } catch (IllegalArgumentException e) {
      throw new InvalidPropertyException("registerUrl is not a URI", e);
    }
    if (!("http".equals(base.getScheme()) || "https".equals(base.getScheme()))
        || base.getHost() == null
        || base.getRawQuery() != null) {
      throw new InvalidPropertyException("registerUrl must be an http or https URL without query");
    }
    Integer millis = config.getTimeoutMillis();
    if (millis == null || millis <= 0) {
      throw new InvalidPropertyException("timeoutMillis must be a positive number of milliseconds");
    }
    Duration timeout = Duration.ofMillis(millis);
    HttpClient.Builder client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(timeout);
    RnippTls.context(config).ifPresent(client::sslContext);
    return new RnippGateway(url, timeout, client.build());
  }

  String registerUrl() {
    return registerUrl;
  }

  /**
   * One identification: GET, then the answer's shape. The whole exchange, body included, has
   * {@code timeoutMillis}.
   */
  RnippResult identify(RnippQuery query) throws RnippException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(endpoint + "?" + query.queryString()))
            .timeout(timeout)
            .header("Accept", "application/xml")
            .GET()
            .build();
    HttpResponse<byte[]> response = exchange(request);
    if (response.statusCode() != 200) {
      throw new RnippException(Failure.HTTP_ERROR, "HTTP status " + response.statusCode());
    }
    return RnippResponseParser.parse(response.body());
  }

  private HttpResponse<byte[]> exchange(HttpRequest request) throws RnippException {
    CompletableFuture<HttpResponse<byte[]>> future =
        client.sendAsync(
            request,
            info ->
                info.statusCode() == 200
                    ? new CappedBody()
                    : BodySubscribers.replacing(null)); // read and dropped: keeps the connection
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw failed(RnippException.ofConnection(Failure.TIMEOUT, "no answer in time", e));
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw failed(new RnippException(Failure.HTTP_ERROR, "interrupted", e));
    } catch (ExecutionException e) {
      throw failed(classify(e.getCause()));
    }
  }

  /**
   * Timeouts, refused, reset or dropped connections are the contract's "timeout / ECONNRESET";
   * a TLS failure or any other I/O failure is an HTTP error.
   */
  static RnippException classify(Throwable failure) {
    if (causedBy(failure, BodyTooLarge.class)) {
      return new RnippException(Failure.INVALID_RESPONSE, "body over " + MAX_BODY_BYTES + " bytes");
    }
    if (causedBy(failure, SSLException.class)) {
      return RnippException.ofConnection(Failure.HTTP_ERROR, "TLS failure", failure);
    }
    if (causedBy(failure, HttpTimeoutException.class)) {
      return RnippException.ofConnection(Failure.TIMEOUT, "no answer in time", failure);
    }
    if (causedBy(failure, ConnectException.class)
        || causedBy(failure, SocketException.class)
        || causedBy(failure, EOFException.class)) {
      return RnippException.ofConnection(
          Failure.TIMEOUT, "connection refused, reset or closed", failure);
    }
    if (failure instanceof IOException) {
      return RnippException.ofConnection(Failure.HTTP_ERROR, "I/O failure", failure);
    }
    return new RnippException(Failure.HTTP_ERROR, "unexpected failure", failure);
  }

  private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
    }
    return false;
  }

  private static RnippException failed(RnippException e) {
    LOG.log(Level.FINE, "RNIPP call failed", e);
    return e;
  }

  /** A body longer than {@link #MAX_BODY_BYTES}. */
  static final class BodyTooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    BodyTooLarge() {
      super("RNIPP answer over " + MAX_BODY_BYTES + " bytes");
    }
  }

  /** Collects the body, and gives up (closing the connection) past {@link #MAX_BODY_BYTES}. */
  private static final class CappedBody implements BodySubscriber<byte[]> {

    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    @Override
    public CompletionStage<byte[]> getBody() {
      return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      for (ByteBuffer buffer : buffers) {
        if (body.isDone()) {
          return;
        }
        if (bytes.size() + buffer.remaining() > MAX_BODY_BYTES) {
          subscription.cancel();
          body.completeExceptionally(new BodyTooLarge());
          return;
        }
        byte[] chunk = new byte[buffer.remaining()];
        buffer.get(chunk);
        bytes.writeBytes(chunk);
      }
    }

    @Override
    public void onError(Throwable failure) {
      body.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
      body.complete(bytes.toByteArray());
    }
  }
}
