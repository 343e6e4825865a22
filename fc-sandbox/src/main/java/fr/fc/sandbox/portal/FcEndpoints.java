package fr.fc.sandbox.portal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

/**
 * fc's endpoints as the portal shows them: read from fc's discovery document (OpenID Connect
 * Discovery 1.0, section 3), or, when fc does not answer, the contract's standard paths under the
 * issuer the sandbox knows. Values are fc's text, to be escaped where they are printed.
 *
 * @param discovered whether they come from fc's document
 * @param urls the endpoints, by their name in the document, in {@link #URL_FIELDS}' order
 * @param supported what fc supports (scopes, levels, claims), by field name
 */
record FcEndpoints(boolean discovered, Map<String, String> urls, Map<String, List<String>> supported) {

  static final String AUTHORIZATION = "authorization_endpoint";
  static final String TOKEN = "token_endpoint";
  static final String USERINFO = "userinfo_endpoint";

  /** The document's URLs the portal lists, in this order. */
  static final List<String> URL_FIELDS =
      List.of("issuer", AUTHORIZATION, TOKEN, USERINFO, "end_session_endpoint", "jwks_uri", "revocation_endpoint");

  /** The document's lists the portal shows. */
  static final List<String> LIST_FIELDS = List.of("scopes_supported", "acr_values_supported", "claims_supported");

  /** fc's paths under its issuer (contract section 1.1), as its discovery document gives them. */
  static final Map<String, String> STANDARD_PATHS =
      orderedOf(
          AUTHORIZATION, "/authorize",
          TOKEN, "/token",
          USERINFO, "/userinfo",
          "end_session_endpoint", "/session/end",
          "jwks_uri", "/jwks",
          "revocation_endpoint", "/token/revocation");

  FcEndpoints {
    urls = Map.copyOf(urls);
    supported = Map.copyOf(supported);
  }

  /**
   * The endpoints of a discovery document; none when it is not a JSON object or lacks one of the
   * three endpoints an SP needs (authorization, token, userinfo).
   */
  static Optional<FcEndpoints> fromDiscovery(String json) {
    Map<String, Object> document;
    try {
      document = JsonUtil.parseJson(json);
    } catch (JoseException | RuntimeException notJson) {
      return Optional.empty();
    }
    Map<String, String> urls = new LinkedHashMap<>();
    URL_FIELDS.forEach(
        field -> {
          if (document.get(field) instanceof String url && !url.isBlank()) {
            urls.put(field, url);
          }
        });
    if (!urls.keySet().containsAll(List.of(AUTHORIZATION, TOKEN, USERINFO))) {
      return Optional.empty();
    }
    Map<String, List<String>> supported = new LinkedHashMap<>();
    LIST_FIELDS.forEach(
        field -> {
          if (document.get(field) instanceof List<?> values) {
            supported.put(field, values.stream().map(String::valueOf).toList());
          }
        });
    return Optional.of(new FcEndpoints(true, urls, supported));
  }

  /** fc's standard endpoints under this issuer, for when its document cannot be read. */
  static FcEndpoints standardPaths(String issuer) {
    String base = issuer.replaceFirst("/+$", "");
    Map<String, String> urls = new LinkedHashMap<>();
    urls.put("issuer", base);
    STANDARD_PATHS.forEach((field, path) -> urls.put(field, base + path));
    return new FcEndpoints(false, urls, Map.of());
  }

  /** The endpoints' URLs in {@link #URL_FIELDS}' order. */
  List<Map.Entry<String, String>> orderedUrls() {
    return URL_FIELDS.stream().filter(urls::containsKey).map(field -> Map.entry(field, urls.get(field))).toList();
  }

  /** What fc supports, in {@link #LIST_FIELDS}' order. */
  List<Map.Entry<String, List<String>>> orderedSupported() {
    return LIST_FIELDS.stream()
        .filter(supported::containsKey)
        .map(field -> Map.entry(field, supported.get(field)))
        .toList();
  }

  String authorizationEndpoint() {
    return urls.get(AUTHORIZATION);
  }

  String tokenEndpoint() {
    return urls.get(TOKEN);
  }

  String userinfoEndpoint() {
    return urls.get(USERINFO);
  }

  private static Map<String, String> orderedOf(String... namesAndValues) {
    Map<String, String> ordered = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      ordered.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return Collections.unmodifiableMap(ordered);
  }
}
