package fr.fc.sandbox.sp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Reads the citizen's tax data at the data provider with the access token fc gave the SP, as a
 * Bearer token: the provider checks it with fc, so the SP must call right after the login (the
 * token lives 60 seconds). Never fails: every problem is a {@link TaxDataOutcome} to show.
 */
@ApplicationScoped
class TaxDataRequest {

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
  // The provider itself calls fc (token check, then fc's keys) within a few seconds each.
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

  @Inject SpConfiguration configuration;

  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(CONNECT_TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  TaxDataOutcome fetch(String accessToken) {
    HttpRequest request =
        HttpRequest.newBuilder(configuration.taxDataUrl())
            .timeout(REQUEST_TIMEOUT)
            .header("Authorization", "Bearer " + accessToken)
            .header("Accept", "application/json")
            .GET()
            .build();
    String call = "GET " + request.uri();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      return TaxDataOutcome.ofAnswer(response.statusCode(), response.body());
    } catch (IOException e) {
      return TaxDataOutcome.failed(TaxDataOutcome.Kind.UNREACHABLE, call + " " + describe(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return TaxDataOutcome.failed(TaxDataOutcome.Kind.UNREACHABLE, call + " was interrupted");
    }
  }

  private static String describe(IOException e) {
    if (e instanceof ConnectException) {
      return "could not connect";
    }
    if (e instanceof HttpTimeoutException) {
      return "did not answer in time";
    }
    return "failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
  }
}
