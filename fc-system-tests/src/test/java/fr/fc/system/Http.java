package fr.fc.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

/** Plain HTTP to fc, as any client on the network would speak to it. */
public final class Http {

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1) // as SPs' back ends speak to fc
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  public HttpResponse<String> get(URI url) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(url).GET().build());
  }

  /** Sends as is: redirects are not followed, so that tests see where fc sends the browser. */
  public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    HttpRequest timed =
        HttpRequest.newBuilder(request, (name, value) -> true)
            .timeout(request.timeout().orElse(Duration.ofSeconds(30)))
            .build();
    return client.send(timed, HttpResponse.BodyHandlers.ofString());
  }

  /** A JSON object answered with 200. */
  public Map<String, Object> getJson(URI url) throws Exception {
    HttpResponse<String> response = get(url);
    if (response.statusCode() != 200) {
      throw new AssertionError(url + " answered " + response.statusCode() + ": " + response.body());
    }
    return json(response.body());
  }

  public static Map<String, Object> json(String body) throws JoseException {
    return JsonUtil.parseJson(body);
  }

  /** Polls the URL until it answers with the status; fails with the last answer otherwise. */
  public HttpResponse<String> awaitStatus(URI url, int status, Duration patience) throws Exception {
    Instant deadline = Instant.now().plus(patience);
    String last = "no answer";
    while (Instant.now().isBefore(deadline)) {
      try {
        HttpResponse<String> response = get(url);
        if (response.statusCode() == status) {
          return response;
        }
        last = response.statusCode() + " " + response.body();
      } catch (IOException e) {
        last = e.toString();
      }
      Thread.sleep(500);
    }
    throw new AssertionError(url + " did not answer " + status + " within " + patience + ": " + last);
  }
}
