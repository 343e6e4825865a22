package fr.fc.sandbox.dp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jose4j.json.JsonUtil;

/**
 * POST {issuer}/checktoken (contract section 3.2): the SP's access token and the data provider's
 * credentials as a form, over one HTTP client with short timeouts. Answers the compact JWE of a 200
 * application/token-introspection+jwt; anything else fails with FC_UNAVAILABLE and says why.
 */
@ApplicationScoped
class CheckTokenCall {

  static final String MEDIA_TYPE = "application/token-introspection+jwt";
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

  @Inject DpConfiguration configuration;

  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(CONNECT_TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** fc's encrypted answer about the access token. */
  String introspect(String accessToken) {
    HttpRequest request =
        HttpRequest.newBuilder(configuration.checkTokenUri())
            .timeout(REQUEST_TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", MEDIA_TYPE)
            .POST(HttpRequest.BodyPublishers.ofString(form(accessToken)))
            .build();
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new DpException(DpError.FC_UNAVAILABLE, "fc's checktoken " + describe(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DpException(DpError.FC_UNAVAILABLE, "the call to fc's checktoken was interrupted");
    }
    String type = response.headers().firstValue("Content-Type").orElse("none");
    return jweOf(response.statusCode(), type, response.body());
  }

  private String form(String accessToken) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", accessToken);
    form.put("client_id", configuration.clientId());
    form.put("client_secret", configuration.clientSecret());
    return form.entrySet().stream()
        .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
        .collect(Collectors.joining("&"));
  }

  /** The JWE of a checktoken answer; fails with what is wrong with any other answer. */
  static String jweOf(int status, String contentType, String body) {
    if (status == 200) {
      String mediaType = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
      if (!MEDIA_TYPE.equals(mediaType)) {
        throw new DpException(
            DpError.FC_UNAVAILABLE, "fc's checktoken answered the unexpected type " + mediaType);
      }
      return body.trim();
    }
    String problem = "fc's checktoken answered " + status + oauthError(body);
    if (status == 401) {
      problem += ": fc does not know the data provider's client_id and client_secret";
    }
    throw new DpException(DpError.FC_UNAVAILABLE, problem);
  }

  private static String describe(IOException e) {
    if (e instanceof ConnectException) {
      return "cannot be reached";
    }
    if (e instanceof HttpTimeoutException) {
      return "did not answer in time";
    }
    return "failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
  }

  /** The OAuth error of a JSON error body (RFC 6749 section 5.2), if it is one. */
  private static String oauthError(String body) {
    try {
      Map<String, Object> error = JsonUtil.parseJson(body);
      if (error.get("error") instanceof String code) {
        return " " + code;
      }
    } catch (Exception notJson) {
      // A body that is no OAuth error adds nothing to the status.
    }
    return "";
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
