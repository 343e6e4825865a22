package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The authorization endpoint as an SP's browser meets it (contract section 1.2). */
@ExtendWith(SystemTest.class)
class AuthorizeIT {

  static final String CLIENT_ID = "sandbox-demo-sp";
  static String redirectUri(FcPlatform fc) {
    return fc.sandbox().url() + "/sp/callback";
  }

  static Map<String, String> request(FcPlatform fc) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("response_type", "code");
    parameters.put("client_id", CLIENT_ID);
    parameters.put("redirect_uri", redirectUri(fc));
    parameters.put("scope", "openid profile birth");
    parameters.put("state", "state-from-the-sp");
    parameters.put("nonce", "a-nonce-of-twenty-two-characters-or-more");
    parameters.put("acr_values", "eidas1");
    return parameters;
  }

  @Test
  void aValidRequestStartsAnInteraction(FcPlatform fc) throws Exception {
    HttpResponse<String> response = authorize(fc, request(fc));

    assertEquals(303, response.statusCode());
    assertTrue(location(response).startsWith(fc.issuer() + "/interaction/"), location(response));
  }

  @Test
  void aFormPostIsAcceptedToo(FcPlatform fc) throws Exception {
    HttpRequest post =
        HttpRequest.newBuilder(fc.url("/api/v2/authorize"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(request(fc))))
            .build();

    HttpResponse<String> response = fc.http().send(post);

    assertEquals(303, response.statusCode());
    assertTrue(location(response).startsWith(fc.issuer() + "/interaction/"));
  }

  @Test
  void anUnknownClientGetsTheErrorPageNotARedirect(FcPlatform fc) throws Exception {
    Map<String, String> parameters = request(fc);
    parameters.put("client_id", "unknown-client");

    HttpResponse<String> response = authorize(fc, parameters);

    assertEquals(400, response.statusCode());
    assertTrue(response.headers().firstValue("Location").isEmpty());
    assertTrue(response.body().contains(" lang=\"fr\">"));
    assertTrue(response.body().contains("Y04EA6EF"));
    assertTrue(response.body().contains("Le service en ligne qui demande la connexion"));
  }

  @Test
  void anUnregisteredRedirectUriGetsTheErrorPageInTheBrowsersLanguage(FcPlatform fc) throws Exception {
    Map<String, String> parameters = request(fc);
    parameters.put("redirect_uri", redirectUri(fc) + "/elsewhere");

    HttpResponse<String> response =
        fc.http().send(get(fc, parameters).header("Accept-Language", "en-GB,en;q=0.8").build());

    assertEquals(400, response.statusCode());
    assertTrue(response.body().contains(" lang=\"en\">"));
    assertTrue(response.body().contains("Y04C013C"));
    assertFalse(response.body().contains(redirectUri(fc) + "/elsewhere"), "the untrusted URI is not echoed");
  }

  @Test
  void laterErrorsGoBackToTheSpWithStateAndIssuer(FcPlatform fc) throws Exception {
    Map<String, String> parameters = request(fc);
    parameters.remove("response_type");

    URI back = URI.create(location(authorize(fc, parameters)));

    assertTrue(back.toString().startsWith(redirectUri(fc) + "?"));
    Map<String, String> query = query(back);
    assertEquals("invalid_request", query.get("error"));
    assertEquals("missing required parameter 'response_type'", query.get("error_description"));
    assertEquals("state-from-the-sp", query.get("state"));
    assertEquals(fc.issuer(), query.get("iss"));
  }

  @Test
  void aHybridResponseTypeIsRefusedInTheFragment(FcPlatform fc) throws Exception {
    Map<String, String> parameters = request(fc);
    parameters.put("response_type", "code id_token");

    URI back = URI.create(location(authorize(fc, parameters)));

    assertTrue(back.toString().startsWith(redirectUri(fc) + "#"), back.toString());
    Map<String, String> fragment = query(URI.create(redirectUri(fc) + "?" + back.getRawFragment()));
    assertEquals("unsupported_response_type", fragment.get("error"));
    assertEquals("state-from-the-sp", fragment.get("state"));
    assertEquals(fc.issuer(), fragment.get("iss"));
  }

  @Test
  void aHigherAcrIsRefusedWithTheContractsWords(FcPlatform fc) throws Exception {
    Map<String, String> parameters = request(fc);
    parameters.put("acr_values", "eidas2");

    Map<String, String> query = query(URI.create(location(authorize(fc, parameters))));

    assertEquals("invalid_acr", query.get("error"));
    assertEquals(
        "acr_value is not valid, should be equal one of these values, expected eidas1, got eidas2",
        query.get("error_description"));
  }

  @Test
  void theErrorPageTellsTheDeveloperWhichParameterIsWrong(FcPlatform fc) throws Exception {
    Map<String, String> parameters = request(fc);
    parameters.put("nonce", "too-short");

    HttpResponse<String> response = authorize(fc, parameters);

    assertEquals(400, response.statusCode());
    assertTrue(response.body().contains("Y030007"));
    assertTrue(response.body().contains("Détails techniques"), response.body());
    assertTrue(
        response.body().contains("invalid authorization request: nonce must be at least 22 characters"),
        response.body());
  }

  @Test
  void anOversizedStateIsRefusedNamingItNeitherStoredNorEchoed(FcPlatform fc) throws Exception {
    Map<String, String> parameters = request(fc);
    parameters.put("state", "s".repeat(20_000));
    HttpRequest post =
        HttpRequest.newBuilder(fc.url("/api/v2/authorize"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(parameters)))
            .build();

    HttpResponse<String> response = fc.http().send(post);

    assertEquals(400, response.statusCode());
    assertTrue(response.body().contains("invalid authorization request: state must be at most 512 characters"));
    assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), "no interaction started");
    assertFalse(response.body().contains("s".repeat(513)), "the state is not echoed");
    parameters.put("state", "s".repeat(513));
    assertTrue(authorize(fc, parameters).body().contains("state must be at most 512 characters"), "by GET too");
  }

  /** This SP's request, the other parameters those of the demo SP's. */
  static Map<String, String> request(FcPlatform fc, String clientId) {
    Map<String, String> parameters = request(fc);
    parameters.put("client_id", clientId);
    return parameters;
  }

  /** The authorization URL of these parameters, as an SP's login button links to it. */
  static URI url(FcPlatform fc, Map<String, String> parameters) {
    return fc.url("/api/v2/authorize?" + form(parameters));
  }

  static HttpResponse<String> authorize(FcPlatform fc, Map<String, String> parameters) throws Exception {
    return fc.http().send(get(fc, parameters).build());
  }

  static HttpRequest.Builder get(FcPlatform fc, Map<String, String> parameters) {
    return HttpRequest.newBuilder(url(fc, parameters)).GET();
  }

  static String form(Map<String, String> parameters) {
    return parameters.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  static String location(HttpResponse<?> response) {
    return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no Location"));
  }

  static Map<String, String> query(URI uri) {
    Map<String, String> query = new LinkedHashMap<>();
    for (String pair : uri.getRawQuery().split("&")) {
      String[] nameValue = pair.split("=", 2);
      query.put(nameValue[0], java.net.URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
    }
    return query;
  }
}
