package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What citizens meet on fc's pages, over HTTP: the IdPs' logos as fc serves them, "Ce n'est pas
 * vous ?" and the way back to the SP from the information page, and what an attacker cannot do
 * with them.
 */
@ExtendWith(SystemTest.class)
class CitizenPagesIT {

  @Test
  void anIdpsLogoComesFromFcUnderAPolicyThatRunsNothing(FcPlatform fc) throws Exception {
    HttpResponse<String> logo = fc.http().send(HttpRequest.newBuilder(fc.url("/api/v2/idp-logos/impots")).GET().build());

    assertEquals(200, logo.statusCode());
    assertEquals("image/svg+xml", logo.headers().firstValue("Content-Type").orElse(""));
    String policy = logo.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(policy.contains("default-src 'none'") && policy.contains("sandbox"), policy);
    assertEquals("nosniff", logo.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertTrue(logo.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"), "not shown as a page of fc's");
    String tag = logo.headers().firstValue("ETag").orElseThrow();
    assertEquals(304, fc.http().send(HttpRequest.newBuilder(fc.url("/api/v2/idp-logos/impots")).header("If-None-Match", tag).GET().build()).statusCode());
    assertTrue(logo.body().startsWith("<svg"), logo.body());
    assertEquals(404, fc.http().send(HttpRequest.newBuilder(fc.url("/api/v2/idp-logos/unknown")).GET().build()).statusCode());
    assertEquals(404, fc.http().send(HttpRequest.newBuilder(fc.url("/api/v2/idp-logos/..%2F..%2Fjwks")).GET().build()).statusCode());
  }

  @Test
  void notYouEndsTheSessionAndGoesBackToTheChoiceForANewIdpLogin(FcPlatform fc) throws Exception {
    Browser citizen = new Browser();
    HttpResponse<String> information = informationPage(fc, citizen);
    Map<String, String> form = Browser.hiddenFields(information.body());

    // Another browser, or another site's page, cannot use the citizen's form.
    HttpResponse<String> forged = new Browser().post(fc.url("/api/v2/change-account"), form);
    assertFalse(forged.statusCode() == 303, "another browser changed the account: " + forged.body());
    HttpResponse<String> crossSite =
        citizen.post(fc.url("/api/v2/change-account"), form, Map.of("Origin", "https://attacker.example"));
    assertEquals(403, crossSite.statusCode(), crossSite.body());

    HttpResponse<String> changed = citizen.post(fc.url("/api/v2/change-account"), form);
    assertEquals(303, changed.statusCode(), changed.body());
    assertTrue(Browser.location(changed).getPath().endsWith("/interaction/" + form.get("uid")), changed.headers().toString());
    assertTrue(
        changed.headers().allValues("Set-Cookie").stream()
            .anyMatch(cookie -> cookie.startsWith("fc_session_id=") && cookie.contains("Max-Age=0")),
        "the browser forgets fc's session: " + changed.headers());
    HttpResponse<String> choice = citizen.follow(changed);
    assertTrue(choice.body().contains("name=\"idp\""), "the choice of IdP again: " + choice.body());

    // The fc session is over: another SP's login asks for an IdP again.
    HttpResponse<String> anotherSp = citizen.get(AuthorizeIT.url(fc, AuthorizeIT.request(fc, ConsentIT.PRIVATE_SP)));
    assertFalse(Browser.location(anotherSp).getPath().endsWith("/consent"), "no SSO after 'not you': " + anotherSp.headers());
  }

  @Test
  void theInformationPageLeadsBackToTheServiceWithAccessDenied(FcPlatform fc) throws Exception {
    Browser citizen = new Browser();
    HttpResponse<String> information = informationPage(fc, citizen);
    String uid = Browser.hiddenFields(information.body()).get("uid");
    assertTrue(information.body().contains("id=\"back-to-sp\""), information.body());

    HttpResponse<String> back = citizen.get(fc.url("/api/v2/redirect-to-sp-with-error?uid=" + uid));

    assertEquals(303, back.statusCode(), back.body());
    URI redirect = Browser.location(back);
    assertTrue(redirect.toString().startsWith(AuthorizeIT.redirectUri(fc)), redirect.toString());
    assertEquals("access_denied", AuthorizeIT.query(redirect).get("error"));
  }

  /** Each family of errors links to its help page, which answers; an unknown family is a 404 page. */
  @Test
  void everyErrorFamilyLinksToItsHelpPage(FcPlatform fc) throws Exception {
    Map<String, HttpResponse<String>> errors = new LinkedHashMap<>();
    Browser refused = new Browser();
    errors.put("identite", refused.follow(BrokeredLoginIT.submitIdpLogin(fc, refused, "impots", "rnipp_decede")));
    Browser invalid = new Browser();
    errors.put("fournisseur", invalid.follow(BrokeredLoginIT.submitIdpLogin(fc, invalid, "impots", "sans_email")));
    errors.put("session", new Browser().get(fc.url("/api/v2/interaction/no-such-interaction")));
    errors.put("service", new Browser().get(fc.url("/api/v2/authorize?client_id=inconnu")));

    for (Map.Entry<String, HttpResponse<String>> error : errors.entrySet()) {
      String page = error.getValue().body();
      String link = "href=\"/api/aide/" + error.getKey() + "\"";
      assertTrue(page.contains("id=\"help-link\"") && page.contains(link), error.getKey() + ": " + page);
      HttpResponse<String> help = fc.http().get(fc.url("/api/aide/" + error.getKey()));
      assertEquals(200, help.statusCode(), error.getKey());
      assertTrue(help.body().contains("id=\"help-steps\""), help.body());
    }
    assertEquals(404, fc.http().get(fc.url("/api/aide/no-such-family")).statusCode());
  }

  /** The demo SP's login as test at the tax office's demo IdP, to fc's information page. */
  static HttpResponse<String> informationPage(FcPlatform fc, Browser browser) throws Exception {
    HttpResponse<String> page =
        browser.follow(browser.follow(BrokeredLoginIT.submitIdpLogin(fc, browser, "impots", "test")));
    assertEquals(200, page.statusCode(), page.body());
    assertTrue(page.body().contains("id=\"change-account\""), page.body());
    return page;
  }
}
