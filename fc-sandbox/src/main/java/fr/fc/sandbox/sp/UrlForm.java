package fr.fc.sandbox.sp;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** application/x-www-form-urlencoded parameters, for query strings and POST bodies. */
final class UrlForm {

  private UrlForm() {}

  /** The parameters encoded in their iteration order: name=value pairs joined by '&'. */
  static String encode(Map<String, String> parameters) {
    return parameters.entrySet().stream()
        .map(p -> encode(p.getKey()) + "=" + encode(p.getValue()))
        .collect(Collectors.joining("&"));
  }

  /** An endpoint with the parameters added to its query, keeping any query it already has. */
  static URI withQuery(URI endpoint, Map<String, String> parameters) {
    String separator = endpoint.getRawQuery() == null ? "?" : "&";
    return URI.create(endpoint + separator + encode(parameters));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
