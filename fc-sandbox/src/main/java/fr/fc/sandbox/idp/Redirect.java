package fr.fc.sandbox.idp;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** 302 answers that send the browser back to the client, parameters added to the query. */
final class Redirect {

  private Redirect() {}

  /** A redirect to the URI with the parameters; null values are left out. */
  static Response to(String uri, Map<String, String> parameters) {
    return Response.status(Response.Status.FOUND)
        .location(URI.create(withQuery(uri, parameters)))
        .header("Cache-Control", "no-store")
        .build();
  }

  /** An authorization error response (RFC 6749 4.1.2.1), with iss (RFC 9207). */
  static Response error(String redirectUri, String state, String issuer, OAuthError error) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("error", error.code());
    parameters.put("error_description", error.description());
    parameters.put("state", state);
    parameters.put("iss", issuer);
    return to(redirectUri, parameters);
  }

  static String withQuery(String uri, Map<String, String> parameters) {
    String query =
        parameters.entrySet().stream()
            .filter(parameter -> parameter.getValue() != null)
            .map(parameter -> encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
            .collect(Collectors.joining("&"));
    if (query.isEmpty()) {
      return uri;
    }
    return uri + (uri.contains("?") ? "&" : "?") + query;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
