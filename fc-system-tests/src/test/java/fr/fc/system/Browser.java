package fr.fc.system;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A citizen's browser reduced to what the login needs: cookies, forms, and redirects it follows
 * one step at a time so that tests see every hop.
 */
final class Browser {

  private static final Pattern HIDDEN =
      Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"\\s*/?>");

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1) // browsers never upgrade a cleartext connection to HTTP/2
          .cookieHandler(new CookieManager())
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  HttpResponse<String> get(URI url) throws Exception {
    return client.send(
        HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(URI url, Map<String, String> form) throws Exception {
    return post(url, form, Map.of());
  }

  /** A form sent with more headers, as a page of another site or a forged request would send it. */
  HttpResponse<String> post(URI url, Map<String, String> form, Map<String, String> headers) throws Exception {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return post(url, body, headers);
  }

  /** A form body as sent, which may name a field twice. */
  HttpResponse<String> post(URI url, String body, Map<String, String> headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Follows the Location of a redirect, resolved against the page that sent it. */
  HttpResponse<String> follow(HttpResponse<String> redirect) throws Exception {
    return get(location(redirect));
  }

  static URI location(HttpResponse<String> redirect) {
    int status = redirect.statusCode();
    if (status < 300 || status > 399) {
      throw new AssertionError("expected a redirect, got " + status + ": " + redirect.body());
    }
    return redirect.uri().resolve(redirect.headers().firstValue("Location").orElseThrow());
  }

  /** The hidden fields of the first form of a page, with the given field of the page's form. */
  static Map<String, String> hiddenFields(String html) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher matcher = HIDDEN.matcher(html);
    while (matcher.find()) {
      fields.putIfAbsent(matcher.group(1), unescape(matcher.group(2)));
    }
    return fields;
  }

  private static String unescape(String value) {
    return value
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }
}
