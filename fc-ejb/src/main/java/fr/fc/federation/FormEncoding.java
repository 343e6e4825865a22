package fr.fc.federation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** application/x-www-form-urlencoded, for fc's requests to IdPs (query strings and form bodies). */
final class FormEncoding {

  private FormEncoding() {}

  /** The parameters in their map's order, UTF-8, each value encoded. */
  static String encode(Map<String, String> parameters) {
    return parameters.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
