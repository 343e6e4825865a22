package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * fc's session across SPs (contract sections 2.2 and 1.12): a second SP's login in the same browser
 * skips the IdP, each SP gets its own sub, and the logout ends the session at fc and at the IdP.
 */
@ExtendWith(SystemTest.class)
class SsoIT {

  @Test
  void aSecondSpInTheSameBrowserSkipsTheIdpAndGetsItsOwnSub(FcPlatform fc) throws Exception {
    Browser browser = new Browser();
    String firstCode = AuthorizeIT.query(BrokeredLoginIT.loginThrough(fc, browser, authorize(fc, AuthorizeIT.request(fc)), "impots", "test")).get("code");

    HttpResponse<String> second = browser.get(authorize(fc, legacyRequest(fc)));

    assertEquals(303, second.statusCode());
    assertTrue(Browser.location(second).getPath().endsWith("/consent"), "straight to the information page: " + Browser.location(second));
    HttpResponse<String> information = browser.follow(second);
    assertTrue(information.body().contains("Angela Claire Louise DUBOIS"), information.body());
    URI back = Browser.location(browser.post(fc.url("/api/v2/login"), Browser.hiddenFields(information.body())));
    String secondCode = AuthorizeIT.query(back).get("code");

    String firstSub = TokenIT.verified(fc, idToken(fc, TokenIT.CLIENT_ID, TokenIT.SECRET, firstCode)).getSubject();
    String secondSub =
        TokenIT.hmacVerified(fc, idToken(fc, RequestObjectIT.LEGACY_SP, RequestObjectIT.LEGACY_SECRET, secondCode), RequestObjectIT.LEGACY_SECRET, RequestObjectIT.LEGACY_SP)
            .getSubject();
    assertNotEquals(firstSub, secondSub, "pairwise: each SP its own sub");
  }

  @Test
  void anIdpHintNamingAnotherIdpLogsInThere(FcPlatform fc) throws Exception {
    Browser browser = new Browser();
    BrokeredLoginIT.loginThrough(fc, browser, authorize(fc, AuthorizeIT.request(fc)), "impots", "test");
    Map<String, String> hinted = AuthorizeIT.request(fc);
    hinted.put("idp_hint", "ameli");

    URI next = Browser.location(browser.get(authorize(fc, hinted)));

    assertTrue(next.toString().startsWith(fc.sandbox().url() + "/idp/ameli/"), next.toString());
  }

  @Test
  void anSpAskingForAFreshAuthenticationGetsTheIdpChoice(FcPlatform fc) throws Exception {
    Map<String, String> fresh = legacyRequest(fc);
    fresh.put("max_age", "0");

    URI next = nextStepWithASession(fc, fresh);

    assertTrue(next.getPath().matches(".*/interaction/[^/]+"), "max_age=0: no reuse of the session, " + next);
  }

  @Test
  void aWhitelistedPromptLoginIsNeverAnsweredFromTheSession(FcPlatform fc) throws Exception {
    Map<String, String> fresh = AuthorizeIT.request(fc, PromptIT.WHITELISTED_SP);
    fresh.put("prompt", "login");

    URI next = nextStepWithASession(fc, fresh);

    assertTrue(next.getPath().matches(".*/interaction/[^/]+"), "prompt=login: the IdP choice, no code, " + next);
  }

  @Test
  void anotherCitizensIdTokenDoesNotEndThisBrowsersSession(FcPlatform fc) throws Exception {
    Browser victim = new Browser();
    BrokeredLoginIT.loginThrough(fc, victim, authorize(fc, AuthorizeIT.request(fc)), "impots", "test");
    String attackersCode =
        AuthorizeIT.query(BrokeredLoginIT.loginThrough(fc, new Browser(), authorize(fc, AuthorizeIT.request(fc)), "impots", "rnipp_etranger")).get("code");
    String attackersIdToken = idToken(fc, TokenIT.CLIENT_ID, TokenIT.SECRET, attackersCode);

    HttpResponse<String> logout = victim.get(fc.url("/api/v2/session/end?id_token_hint=" + attackersIdToken));

    assertTrue(logout.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("fc_session_id")), "the cookie stays");
    URI next = Browser.location(victim.get(authorize(fc, legacyRequest(fc))));
    assertTrue(next.getPath().endsWith("/consent"), "the victim's session still stands: " + next);
  }

  @Test
  void theLogoutEndsTheSessionAtFcAndAtTheIdp(FcPlatform fc) throws Exception {
    Browser browser = new Browser();
    String code = AuthorizeIT.query(BrokeredLoginIT.loginThrough(fc, browser, authorize(fc, AuthorizeIT.request(fc)), "impots", "test")).get("code");
    String idToken = idToken(fc, TokenIT.CLIENT_ID, TokenIT.SECRET, code);
    String spBack = fc.sandbox().url() + "/sp/logout-callback";

    HttpResponse<String> logout =
        browser.get(fc.url("/api/v2/session/end?id_token_hint=" + idToken + "&state=bye&post_logout_redirect_uri=" + URLEncoder.encode(spBack, StandardCharsets.UTF_8)));

    URI atIdp = Browser.location(logout);
    assertTrue(atIdp.toString().startsWith(fc.sandbox().url() + "/idp/impots/session/end?"), atIdp.toString());
    URI backAtFc = Browser.location(browser.follow(logout));
    assertTrue(backAtFc.toString().startsWith(fc.issuer() + "/client/logout-callback?state="), backAtFc.toString());
    URI atSp = Browser.location(browser.get(backAtFc));
    assertTrue(atSp.toString().startsWith(spBack + "?"), atSp.toString());
    assertEquals("bye", AuthorizeIT.query(atSp).get("state"));

    URI nextLogin = Browser.location(browser.get(authorize(fc, AuthorizeIT.request(fc))));
    assertTrue(nextLogin.getPath().matches(".*/interaction/[^/]+"), "the session is over: the IdP choice again, " + nextLogin);
  }

  /** Where a browser that has just logged in is sent by the request of another login. */
  private static URI nextStepWithASession(FcPlatform fc, Map<String, String> request) throws Exception {
    Browser browser = new Browser();
    BrokeredLoginIT.loginThrough(fc, browser, authorize(fc, AuthorizeIT.request(fc)), "impots", "test");
    return Browser.location(browser.get(authorize(fc, request)));
  }

  private static URI authorize(FcPlatform fc, Map<String, String> request) {
    return AuthorizeIT.url(fc, request);
  }

  private static Map<String, String> legacyRequest(FcPlatform fc) {
    Map<String, String> request = AuthorizeIT.request(fc, RequestObjectIT.LEGACY_SP);
    request.put("scope", "openid profile");
    return request;
  }

  private static String idToken(FcPlatform fc, String clientId, String secret, String code) throws Exception {
    HttpResponse<String> tokens = TokenIT.redeem(fc, code, clientId, secret);
    assertEquals(200, tokens.statusCode(), tokens.body());
    return (String) Http.json(tokens.body()).get("id_token");
  }
}
