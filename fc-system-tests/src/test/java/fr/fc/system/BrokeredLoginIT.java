package fr.fc.system;

import static fr.fc.system.AuthorizeIT.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The brokered login over plain HTTP, as a browser makes it: SP → fc → demo IdP (its own process)
 * → fc → SP, through the real pages and forms.
 */
@ExtendWith(SystemTest.class)
class BrokeredLoginIT {

  @Test
  void aCitizenLogsInAtADemoIdpAndComesBackToTheSpWithACode(FcPlatform fc) throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> consent = loginAtIdp(fc, browser, "impots", "test");

    assertEquals(200, consent.statusCode());
    assertTrue(consent.body().contains("Vous allez vous connecter en tant que"));
    assertTrue(consent.body().contains("Angela Claire Louise DUBOIS"));
    assertTrue(consent.body().contains("Lieu de naissance"));

    HttpResponse<String> back = browser.post(fc.url("/api/v2/login"), Browser.hiddenFields(consent.body()));

    URI spCallback = Browser.location(back);
    assertTrue(spCallback.toString().startsWith(AuthorizeIT.redirectUri(fc) + "?"), spCallback.toString());
    Map<String, String> answer = query(spCallback);
    assertEquals("state-from-the-sp", answer.get("state"));
    assertEquals(fc.issuer(), answer.get("iss"));
    assertTrue(answer.get("code").length() >= 43, "an unguessable code");
  }

  @Test
  void anIdpHintSkipsTheChoicePage(FcPlatform fc) throws Exception {
    Browser browser = new Browser();
    Map<String, String> request = AuthorizeIT.request(fc);
    request.put("idp_hint", "ameli");

    HttpResponse<String> loginPage =
        browser.follow(browser.get(AuthorizeIT.url(fc, request)));

    assertTrue(loginPage.uri().toString().startsWith(fc.sandbox().url() + "/idp/ameli/authorize?"));
    Map<String, String> form = Browser.hiddenFields(loginPage.body());
    form.put("login", "test");
    form.put("password", "123");
    HttpResponse<String> consent =
        browser.follow(browser.follow(browser.post(loginPage.uri().resolve("login"), form)));
    assertTrue(consent.body().contains("Angela Claire Louise DUBOIS"), consent.body());
  }

  @Test
  void anIdpHintFcDoesNotOfferGoesBackToTheSp(FcPlatform fc) throws Exception {
    Map<String, String> request = AuthorizeIT.request(fc);
    request.put("idp_hint", "unknown-idp");

    Map<String, String> answer = query(Browser.location(new Browser().get(AuthorizeIT.url(fc, request))));

    assertEquals("invalid_idp_hint", answer.get("error"));
    assertEquals("state-from-the-sp", answer.get("state"));
  }

  @Test
  void anIdpFailureBringsTheCitizenBackToTheChoiceWithANotice(FcPlatform fc) throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> idpAnswer = submitIdpLogin(fc, browser, "ameli", "erreur_idp");
    HttpResponse<String> callback = browser.follow(idpAnswer);

    HttpResponse<String> choice = browser.follow(callback);

    assertEquals(200, choice.statusCode());
    assertTrue(choice.body().contains("role=\"alert\""));
    assertTrue(choice.body().contains("Ameli (démonstration)"));
    assertTrue(choice.body().contains("Choisissez un compte pour vous connecter"));
  }

  @Test
  void anInvalidIdentityStopsOnTheErrorPage(FcPlatform fc) throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> callback = browser.follow(submitIdpLogin(fc, browser, "impots", "test_INVALID_COG"));

    assertEquals(502, callback.statusCode());
    assertTrue(callback.body().contains("Y600006"));
  }

  @Test
  void theErrorPageOfAStoppedLoginLeadsBackToTheSp(FcPlatform fc) throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> page = browser.follow(submitIdpLogin(fc, browser, "impots", "rnipp_inconnu"));
    Matcher link = Pattern.compile("href=\"(/api/v2/redirect-to-sp-with-error\\?uid=[^\"]+)\">Revenir sur Service en ligne de démonstration<").matcher(page.body());
    assertTrue(link.find(), page.body());

    URI back = Browser.location(browser.get(fc.url(link.group(1))));

    Map<String, String> answer = query(back);
    assertTrue(back.toString().startsWith(AuthorizeIT.redirectUri(fc) + "?"), back.toString());
    assertEquals("access_denied", answer.get("error"));
    assertEquals("state-from-the-sp", answer.get("state"));
  }

  @Test
  void anErrorBeforeTheLoginHasNoWayBackToAnotherLoginsSp(FcPlatform fc) throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> choice = browser.follow(browser.get(AuthorizeIT.url(fc, AuthorizeIT.request(fc))));
    assertEquals(200, choice.statusCode(), "a login in progress in this browser");

    HttpResponse<String> page = browser.get(fc.url("/api/v2/authorize?client_id=inconnu"));

    assertEquals(400, page.statusCode());
    assertFalse(page.body().contains("redirect-to-sp-with-error"), page.body());
  }

  @Test
  void anIdpAnswerNamingAnotherIssuerIsRefused(FcPlatform fc) throws Exception {
    Browser browser = new Browser();
    URI callback = Browser.location(submitIdpLogin(fc, browser, "impots", "test"));
    Map<String, String> answer = query(callback);
    assertEquals(fc.sandbox().url() + "/idp/impots", answer.get("iss"), "the demo IdP names itself (RFC 9207)");

    HttpResponse<String> mixedUp =
        browser.get(fc.url("/api/v2/oidc-callback?code=" + answer.get("code") + "&state=" + answer.get("state") + "&iss=http%3A%2F%2Fevil.example"));

    assertEquals(400, mixedUp.statusCode());
    assertTrue(mixedUp.body().contains("Y020023"), mixedUp.body());
  }

  @Test
  void aCallbackFromAnotherBrowserIsRefused(FcPlatform fc) throws Exception {
    HttpResponse<String> idpAnswer = submitIdpLogin(fc, new Browser(), "impots", "test");

    HttpResponse<String> elsewhere = new Browser().follow(idpAnswer);

    assertEquals(401, elsewhere.statusCode());
    assertTrue(elsewhere.body().contains("Y190001"));
  }

  /** From an SP's authorization URL to the redirect back to the SP, through every page. */
  static URI loginThrough(FcPlatform fc, Browser browser, URI authorize, String idp, String login)
      throws Exception {
    HttpResponse<String> callback = browser.follow(submitIdpLogin(fc, browser, authorize, idp, login));
    HttpResponse<String> consent = browser.follow(callback);
    return Browser.location(browser.post(fc.url("/api/v2/login"), Browser.hiddenFields(consent.body())));
  }

  /** From the SP's authorization request to fc's information page. */
  static HttpResponse<String> loginAtIdp(FcPlatform fc, Browser browser, String idp, String login) throws Exception {
    HttpResponse<String> callback = browser.follow(submitIdpLogin(fc, browser, idp, login));
    return browser.follow(callback);
  }

  /** From the SP's authorization request to the IdP's answer (a redirect to fc's callback). */
  static HttpResponse<String> submitIdpLogin(FcPlatform fc, Browser browser, String idp, String login)
      throws Exception {
    URI authorize = AuthorizeIT.url(fc, AuthorizeIT.request(fc));
    return submitIdpLogin(fc, browser, authorize, idp, login);
  }

  /** From an SP's authorization URL to the IdP's answer (a redirect to fc's callback). */
  static HttpResponse<String> submitIdpLogin(
      FcPlatform fc, Browser browser, URI authorize, String idp, String login) throws Exception {
    HttpResponse<String> choice = browser.follow(browser.get(authorize));
    Map<String, String> tile = Browser.hiddenFields(choice.body());
    tile.put("idp", idp);
    HttpResponse<String> loginPage = browser.follow(browser.post(fc.url("/api/v2/redirect-to-idp"), tile));
    assertEquals(200, loginPage.statusCode(), loginPage.body());
    Map<String, String> form = Browser.hiddenFields(loginPage.body());
    form.put("login", login);
    form.put("password", "123");
    return browser.post(loginPage.uri().resolve("login"), form);
  }
}
