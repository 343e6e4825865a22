package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every step after authorize belongs to the browser that started the login: an attacker who
 * starts a login and sends its link to a victim, or who learns a victim's interaction id, gets
 * nothing of the victim's login (issue 8, point 1).
 */
@ExtendWith(SystemTest.class)
class BrowserBindingIT {

  private static final String NAME = "Angela Claire Louise DUBOIS";

  @Test
  void anInteractionLinkOpenedInAnotherBrowserIsRefusedAndBindsNothing(FcPlatform fc) throws Exception {
    URI attackersLink = Browser.location(new Browser().get(AuthorizeIT.url(fc, AuthorizeIT.request(fc))));

    HttpResponse<String> victim = new Browser().get(attackersLink);

    assertEquals(401, victim.statusCode(), victim.body());
    assertTrue(victim.body().contains("Y190001"));
    assertTrue(victim.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("fc_interaction")));
  }

  @Test
  void theConsentStepCannotBeTakenOverWithoutTheCitizensCookie(FcPlatform fc) throws Exception {
    Browser citizen = new Browser();
    HttpResponse<String> consent = BrokeredLoginIT.loginAtIdp(fc, citizen, "impots", "test");
    Map<String, String> form = Browser.hiddenFields(consent.body());
    Browser attacker = new Browser();

    HttpResponse<String> page = attacker.get(fc.url("/api/v2/interaction/" + form.get("uid") + "/consent"));
    HttpResponse<String> taken = attacker.post(fc.url("/api/v2/login"), form, Map.of("Origin", "http://evil.example"));
    HttpResponse<String> forged =
        attacker.post(fc.url("/api/v2/login"), form, Map.of("Cookie", "fc_interaction=" + form.get("uid")));

    assertEquals(401, page.statusCode());
    assertFalse(page.body().contains(NAME), "a cookieless page shows no identity");
    assertFalse(page.body().contains(form.get("csrf")), "nor the form's token");
    for (HttpResponse<String> attempt : List.of(taken, forged)) {
      assertTrue(attempt.statusCode() == 401 || attempt.statusCode() == 403, attempt.statusCode() + attempt.body());
      assertTrue(attempt.headers().firstValue("Location").isEmpty(), "no code for the attacker");
    }
    URI back = Browser.location(citizen.post(fc.url("/api/v2/login"), form));
    assertTrue(back.toString().startsWith(AuthorizeIT.redirectUri(fc) + "?code="), "the citizen still logs in: " + back);
  }

  @Test
  void anotherBrowserCannotCancelALogin(FcPlatform fc) throws Exception {
    Browser citizen = new Browser();
    HttpResponse<String> choice = citizen.follow(citizen.get(AuthorizeIT.url(fc, AuthorizeIT.request(fc))));
    String uid = Browser.hiddenFields(choice.body()).get("uid");

    HttpResponse<String> cancel = new Browser().get(fc.url("/api/v2/redirect-to-sp-with-error?uid=" + uid));

    assertEquals(401, cancel.statusCode());
    assertTrue(cancel.headers().firstValue("Location").isEmpty());
    assertEquals(200, citizen.get(choice.uri()).statusCode(), "the citizen's login goes on");
  }

  @Test
  void aStepSentFromAnotherSiteIsRefusedEvenWithTheCookie(FcPlatform fc) throws Exception {
    Browser citizen = new Browser();
    HttpResponse<String> consent = BrokeredLoginIT.loginAtIdp(fc, citizen, "impots", "test");
    Map<String, String> form = Browser.hiddenFields(consent.body());

    HttpResponse<String> crossSite = citizen.post(fc.url("/api/v2/login"), form, Map.of("Origin", "http://evil.example"));
    HttpResponse<String> fetchedCrossSite =
        citizen.post(fc.url("/api/v2/login"), form, Map.of("Sec-Fetch-Site", "cross-site"));

    for (HttpResponse<String> refused : List.of(crossSite, fetchedCrossSite)) {
      assertEquals(403, refused.statusCode());
      assertTrue(refused.body().contains("Y470003"), refused.body());
    }
    HttpResponse<String> own =
        citizen.post(fc.url("/api/v2/login"), form, Map.of("Origin", fc.url("").toString().replaceAll("/$", ""), "Sec-Fetch-Site", "same-origin"));
    assertTrue(Browser.location(own).toString().startsWith(AuthorizeIT.redirectUri(fc) + "?code="));
  }

  @Test
  void theIdpChoiceCannotBeSentFromAnotherSite(FcPlatform fc) throws Exception {
    Browser citizen = new Browser();
    HttpResponse<String> choice = citizen.follow(citizen.get(AuthorizeIT.url(fc, AuthorizeIT.request(fc))));
    Map<String, String> tile = Browser.hiddenFields(choice.body());
    tile.put("idp", "impots");

    HttpResponse<String> crossSite =
        citizen.post(fc.url("/api/v2/redirect-to-idp"), tile, Map.of("Origin", "http://evil.example"));
    HttpResponse<String> otherBrowser = new Browser().post(fc.url("/api/v2/redirect-to-idp"), tile);

    assertEquals(403, crossSite.statusCode());
    assertEquals(401, otherBrowser.statusCode());
    assertEquals(303, citizen.post(fc.url("/api/v2/redirect-to-idp"), tile).statusCode());
  }
}
