package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A parameter given twice (RFC 6749 section 3.1) is refused, never cut to its first value: a proxy,
 * a WAF or the SP's own library could read the other one.
 */
@ExtendWith(SystemTest.class)
class DuplicatedParametersIT {

  @Test
  void aRepeatedRedirectUriOrClientIdIsTheErrorPageNeverARedirect(FcPlatform fc) throws Exception {
    String valid = AuthorizeIT.form(AuthorizeIT.request(fc));
    String elsewhere = "&redirect_uri=" + encoded("https://attacker.example.com/callback");

    assertRefusedOnPage(fc.http().get(fc.url("/api/v2/authorize?" + valid + elsewhere)), "redirect_uri");
    assertRefusedOnPage(fc.http().get(fc.url("/api/v2/authorize?" + valid + "&client_id=another-sp")), "client_id");
  }

  @Test
  void aRepeatedParameterOfAnAuthorizeFormPostIsTheErrorPage(FcPlatform fc) throws Exception {
    String form = AuthorizeIT.form(AuthorizeIT.request(fc)) + "&state=another-state";

    assertRefusedOnPage(fc.http().send(post(fc, "/api/v2/authorize", form)), "state");
  }

  @Test
  void aRepeatedCodeIsTheTokenEndpointsInvalidRequest(FcPlatform fc) throws Exception {
    String form =
        "grant_type=authorization_code&code=first-code&code=second-code&redirect_uri="
            + encoded(AuthorizeIT.redirectUri(fc)) + "&client_id=" + TokenIT.CLIENT_ID
            + "&client_secret=" + encoded(TokenIT.SECRET);

    HttpResponse<String> response = fc.http().send(post(fc, "/api/v2/token", form));

    assertRefusedAsJson(response, "code");
    assertTrue(((String) Http.json(response.body()).get("error_uri")).contains("code=Y048017F"), response.body());
  }

  @Test
  void aRepeatedTokenIsTheRevocationEndpointsInvalidRequest(FcPlatform fc) throws Exception {
    String form =
        "token=one&token=two&client_id=" + TokenIT.CLIENT_ID + "&client_secret=" + encoded(TokenIT.SECRET);

    assertRefusedAsJson(fc.http().send(post(fc, "/api/v2/token/revocation", form)), "token");
  }

  @Test
  void aRepeatedAccessTokenIsTheUserinfoEndpointsInvalidRequest(FcPlatform fc) throws Exception {
    assertRefusedAsJson(fc.http().get(fc.url("/api/v2/userinfo?access_token=one&access_token=two")), "access_token");
    assertRefusedAsJson(
        fc.http().send(post(fc, "/api/v2/userinfo", "access_token=one&access_token=two")), "access_token");
  }

  @Test
  void aRepeatedParameterOfAnEndSessionRequestIsTheLogoutErrorPage(FcPlatform fc) throws Exception {
    HttpResponse<String> response =
        fc.http().get(fc.url("/api/v2/session/end?id_token_hint=one&id_token_hint=two&state=s"));

    assertEquals(400, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Location").isEmpty(), "no redirect");
    assertTrue(response.body().contains("Y030120"), response.body());
  }

  @Test
  void aRepeatedParameterOfAnIdpCallbackIsItsOwnErrorPage(FcPlatform fc) throws Exception {
    HttpResponse<String> response = fc.http().get(fc.url("/api/v2/oidc-callback?code=one&state=s&state=t"));

    assertEquals(400, response.statusCode(), response.body());
    assertTrue(response.body().contains("Y020024"), response.body());
    assertTrue(response.body().contains("parameter &#39;state&#39; is given more than once")
        || response.body().contains("parameter 'state' is given more than once"), response.body());
  }

  @Test
  void aRepeatedFieldOfTheCitizensChoiceIsTheErrorPageNeverItsFirstValue(FcPlatform fc) throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> choice = browser.follow(browser.get(AuthorizeIT.url(fc, AuthorizeIT.request(fc))));
    StringBuilder form = new StringBuilder("idp=impots&idp=another-idp");
    Browser.hiddenFields(choice.body()).forEach((name, value) -> form.append('&').append(name).append('=').append(encoded(value)));

    HttpResponse<String> response = browser.post(fc.url("/api/v2/redirect-to-idp"), form.toString(), Map.of());

    assertEquals(400, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Location").isEmpty(), "not sent to either IdP");
    assertTrue(response.body().contains("Y470004"), response.body());
  }

  @Test
  void aRepeatedParameterOfAPagesAddressIsTheErrorPage(FcPlatform fc) throws Exception {
    Browser browser = new Browser();
    java.net.URI choice = Browser.location(browser.get(AuthorizeIT.url(fc, AuthorizeIT.request(fc))));

    HttpResponse<String> page = browser.get(java.net.URI.create(choice + "?idp_failed=a&idp_failed=b"));
    HttpResponse<String> logoutCallback = fc.http().get(fc.url("/api/v2/client/logout-callback?state=a&state=b"));

    for (HttpResponse<String> refused : java.util.List.of(page, logoutCallback)) {
      assertEquals(400, refused.statusCode(), refused.body());
      assertTrue(refused.body().contains("Y470004"), refused.body());
    }
  }

  private static HttpRequest post(FcPlatform fc, String path, String form) {
    return HttpRequest.newBuilder(fc.url(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** fc's page Y030007 naming the parameter: with a doubtful redirect_uri, nothing goes to the SP. */
  private static void assertRefusedOnPage(HttpResponse<String> response, String parameter) {
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Location").isEmpty(), "no redirect");
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(response.body().contains("Y030007"), response.body());
    assertTrue(
        response.body().contains("invalid authorization request: " + parameter + " is given more than once"),
        response.body());
  }

  private static void assertRefusedAsJson(HttpResponse<String> response, String parameter) throws Exception {
    assertEquals(400, response.statusCode(), response.body());
    Map<String, Object> body = Http.json(response.body());
    assertEquals("invalid_request", body.get("error"));
    assertEquals("parameter '" + parameter + "' is given more than once", body.get("error_description"));
  }
}
