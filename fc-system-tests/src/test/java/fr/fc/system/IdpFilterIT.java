package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The IdPs an SP lets its citizens use (idpFilterExclude / idpFilterList): the sandbox's
 * sandbox-filtered-sp excludes the health insurance's demo IdP.
 */
@ExtendWith(SystemTest.class)
class IdpFilterIT {

  static final String FILTERED_SP = "sandbox-filtered-sp";

  @Test
  void theChoicePageOffersOnlyTheIdpsTheSpAllows(FcPlatform fc) throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> choice = browser.follow(browser.get(authorize(fc, filteredRequest(fc))));

    assertTrue(choice.body().contains("Impots.gouv (démonstration)"), choice.body());
    assertFalse(choice.body().contains("Ameli (démonstration)"), "an excluded IdP is not offered, without a session of it");

    Map<String, String> tile = Browser.hiddenFields(choice.body());
    tile.put("idp", "ameli");
    HttpResponse<String> refused = browser.post(fc.url("/api/v2/redirect-to-idp"), tile);
    assertEquals(400, refused.statusCode());
    assertTrue(refused.body().contains("Y020001"));
  }

  @Test
  void anIdpHintNamingAnExcludedIdpGoesBackToTheSp(FcPlatform fc) throws Exception {
    Map<String, String> request = filteredRequest(fc);
    request.put("idp_hint", "ameli");

    Map<String, String> error = AuthorizeIT.query(URI.create(AuthorizeIT.location(AuthorizeIT.authorize(fc, request))));

    assertEquals("invalid_idp_hint", error.get("error"));
  }

  @Test
  void aSessionOfAnExcludedIdpIsNotReusedForTheSp(FcPlatform fc) throws Exception {
    Browser browser = new Browser();
    BrokeredLoginIT.loginThrough(fc, browser, authorize(fc, AuthorizeIT.request(fc)), "ameli", "test");

    URI next = Browser.location(browser.get(authorize(fc, filteredRequest(fc))));

    assertTrue(next.getPath().matches(".*/interaction/[^/]+"), "the IdP choice, not the session: " + next);
    String choice = browser.get(next).body();
    assertTrue(
        choice.matches("(?s).*disabled=\"disabled\">Ameli \\(démonstration\\)</button></p>\\s*<p class=\"fr-tile__detail\">Non proposé par ce service</p>.*"),
        "the session's IdP greyed, with the reason: " + choice);
  }

  private static Map<String, String> filteredRequest(FcPlatform fc) {
    Map<String, String> request = AuthorizeIT.request(fc, FILTERED_SP);
    request.put("scope", "openid profile");
    return request;
  }

  private static URI authorize(FcPlatform fc, Map<String, String> request) {
    return AuthorizeIT.url(fc, request);
  }
}
