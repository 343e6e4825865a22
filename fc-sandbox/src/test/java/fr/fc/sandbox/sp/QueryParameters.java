package fr.fc.sandbox.sp;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The parameters of a URL's query, decoded, for assertions. */
final class QueryParameters {

  private QueryParameters() {}

  static Map<String, String> of(URI url) {
    return parse(url.getRawQuery());
  }

  static Map<String, String> parse(String form) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String pair : form.split("&")) {
      String[] nameAndValue = pair.split("=", 2);
      parameters.put(decode(nameAndValue[0]), decode(nameAndValue[1]));
    }
    return parameters;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
