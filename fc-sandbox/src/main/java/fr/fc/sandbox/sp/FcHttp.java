package fr.fc.sandbox.sp;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.jose4j.json.JsonUtil;

/**
 * The SP's calls to fc, over one shared HTTP client with timeouts. Any network failure or non-2xx
 * answer becomes an {@link SpException} of the given failure that says which call failed and why.
 */
@ApplicationScoped
class FcHttp {

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(CONNECT_TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** A request to fc with the SP's timeout. */
  static HttpRequest.Builder request(URI uri) {
    return HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT);
  }

  /** GETs a JSON document and returns its text. */
  String getJson(URI uri, SpFailure failure) {
    return send(request(uri).header("Accept", "application/json").GET().build(), failure).body();
  }

  /**
   * Sends a request; returns the answer when it is a 2xx, fails with the given failure otherwise.
   */
  HttpResponse<String> send(HttpRequest request, SpFailure failure) {
    String call = request.method() + " " + request.uri();
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new SpException(failure, call + " failed: " + describe(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SpException(failure, call + " was interrupted", e);
    }
    if (response.statusCode() / 100 != 2) {
      throw new SpException(
          failure, call + " answered " + response.statusCode() + oauthError(response.body()));
    }
    return response;
  }

  private static String describe(IOException e) {
    if (e instanceof ConnectException) {
      return "could not connect";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** The OAuth error of a JSON error body (RFC 6749 section 5.2), if it is one. */
  private static String oauthError(String body) {
    try {
      Map<String, Object> error = JsonUtil.parseJson(body);
      if (error.get("error") instanceof String code) {
        Object description = error.get("error_description");
        return ": " + code + (description == null ? "" : " (" + description + ")");
      }
    } catch (Exception notJson) {
      // A body that is no OAuth error adds nothing to the status.
    }
    return "";
  }
}
