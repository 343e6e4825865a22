package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Requests a client may well send but no endpoint expects (no body at all, odd or malformed
 * negotiation headers) get fc's own answer in the contract's form: never a 500, a stack trace or
 * the server's error page.
 */
@ExtendWith(SystemTest.class)
class ServerAnswersIT {

  private static final String FORM = "application/x-www-form-urlencoded";

  @Test
  void anEmptyBackChannelPostWithoutContentTypeLacksItsFirstParameter(FcPlatform fc) throws Exception {
    assertJsonError(
        fc.http().send(emptyPost(fc, "/api/v2/token")),
        400,
        "invalid_request",
        "missing required parameter 'grant_type'");
    assertJsonError(
        fc.http().send(emptyPost(fc, "/api/v2/token/revocation")),
        400,
        "invalid_request",
        "missing required parameter 'token' (undefined)");
    assertJsonError(
        fc.http().send(emptyPost(fc, "/api/v2/userinfo")),
        401,
        "invalid_token",
        "no access token provided (no access token provided)");
  }

  @Test
  void anEmptyAuthorizePostWithoutContentTypeIsTheErrorPage(FcPlatform fc) throws Exception {
    HttpResponse<String> page = fc.http().send(emptyPost(fc, "/api/v2/authorize"));

    assertPage(page, 400, "Y030007");
    assertTrue(page.body().contains("invalid authorization request: client_id is required"), page.body());
  }

  @Test
  void aMalformedAcceptLanguageIsFrench(FcPlatform fc) throws Exception {
    HttpResponse<String> statement =
        fc.http().send(get(fc, "/api/accessibilite").header("Accept-Language", "en;q=abc").build());
    assertEquals(200, statement.statusCode(), statement.body());
    assertTrue(statement.body().contains(" lang=\"fr\">"), statement.body());
    assertOwnAnswer(statement);

    HttpResponse<String> error =
        fc.http().send(get(fc, "/api/v2/authorize").header("Accept-Language", "en;q=abc").build());
    assertPage(error, 400, "Y030007");
    assertTrue(error.body().contains(" lang=\"fr\">"), error.body());
  }

  @Test
  void notAcceptableIsTheContractsJsonError(FcPlatform fc) throws Exception {
    HttpResponse<String> response = fc.http().send(tokenPost(fc, FORM).header("Accept", "image/png").build());

    assertJsonError(response, 406, "invalid_request", "not acceptable");
  }

  @Test
  void aPageAnswersHtmlWhateverTheClientAccepts(FcPlatform fc) throws Exception {
    HttpResponse<String> statement =
        fc.http().send(get(fc, "/api/accessibilite").header("Accept", "image/png").build());
    assertEquals(200, statement.statusCode(), statement.body());
    assertTrue(type(statement).startsWith("text/html"), type(statement));
    assertOwnAnswer(statement);

    assertPage(fc.http().send(get(fc, "/api/v2/authorize").header("Accept", "image/png").build()), 400, "Y030007");
  }

  /** JAX-RS refuses them with a bare 400, which the servlet container would fill with its own page. */
  @Test
  void malformedNegotiationHeadersAreTheContractsJsonError(FcPlatform fc) throws Exception {
    HttpResponse<String> badAccept =
        fc.http().send(tokenPost(fc, FORM).header("Accept", "application/json;q=abc").build());
    HttpResponse<String> badType = fc.http().send(tokenPost(fc, "not-a-media-type").build());

    // The container answers these itself, before JAX-RS: fc's own refusal page, never Payara's.
    for (HttpResponse<String> refused : List.of(badAccept, badType)) {
      assertEquals(400, refused.statusCode());
      assertTrue(refused.body().contains("Requête refusée") || refused.body().contains("invalid_request"), refused.body());
      assertFalse(refused.body().contains("Payara"), refused.body());
    }
  }

  private static HttpRequest.Builder tokenPost(FcPlatform fc, String contentType) {
    return HttpRequest.newBuilder(fc.url("/api/v2/token"))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=c"));
  }

  /** A POST with no body and no Content-Type, as a misconfigured client library sends it. */
  private static HttpRequest emptyPost(FcPlatform fc, String path) {
    return HttpRequest.newBuilder(fc.url(path)).POST(HttpRequest.BodyPublishers.noBody()).build();
  }

  private static HttpRequest.Builder get(FcPlatform fc, String path) {
    return HttpRequest.newBuilder(fc.url(path)).GET();
  }

  private static void assertJsonError(HttpResponse<String> response, int status, String error, String description)
      throws Exception {
    assertEquals(status, response.statusCode(), response.body());
    assertOwnAnswer(response);
    assertTrue(type(response).startsWith("application/json"), response.body());
    Map<String, Object> body = Http.json(response.body());
    assertEquals(error, body.get("error"), response.body());
    assertEquals(description, body.get("error_description"), response.body());
  }

  /** fc's error page (HTML), with the contract's code. */
  private static void assertPage(HttpResponse<String> response, int status, String code) {
    assertEquals(status, response.statusCode(), response.body());
    assertOwnAnswer(response);
    assertTrue(type(response).startsWith("text/html"), response.body());
    assertTrue(response.body().contains(code), response.body());
  }

  private static String type(HttpResponse<String> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }

  /** Neither the server's own page nor a trace of the code that failed. */
  private static void assertOwnAnswer(HttpResponse<String> response) {
    for (String leak : List.of("Payara", "Exception", "at fr.fc.", "at org.", "Caused by")) {
      assertFalse(response.body().contains(leak), "'" + leak + "' in " + response.body());
    }
  }
}
