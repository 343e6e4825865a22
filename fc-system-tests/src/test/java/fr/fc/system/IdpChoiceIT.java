package fr.fc.system;

import static fr.fc.system.AuthorizeIT.location;
import static fr.fc.system.AuthorizeIT.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The IdP choice page a citizen lands on, and its way back to the SP. */
@ExtendWith(SystemTest.class)
class IdpChoiceIT {

  @Test
  void showsTheSpAndTheRegisteredIdps(FcPlatform fc) throws Exception {
    HttpResponse<String> page = choicePage(fc, AuthorizeIT.request(fc));

    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains(" lang=\"fr\">"));
    assertTrue(page.body().contains("Connexion en cours sur Service en ligne de démonstration"));
    for (String idp : List.of("Impots.gouv (démonstration)", "Ameli (démonstration)", "La Poste (démonstration)")) {
      assertTrue(page.body().contains(idp), idp);
    }
    assertTrue(page.body().matches("(?s).*Fournisseur historique HS256 \\(démonstration\\)</button></p>\\s*<p class=\"fr-tile__detail\"><span class=\"fr-badge[^\"]*\">Bêta</span>.*"), "the beta IdP marked so");
    assertEquals("DENY", frameAncestors(page), "the page must not be framed");
  }

  @Test
  void everyPageLinksTheAccessibilityStatement(FcPlatform fc) throws Exception {
    HttpResponse<String> page = choicePage(fc, AuthorizeIT.request(fc));
    assertTrue(page.body().contains("href=\"/api/accessibilite\""));

    HttpResponse<String> statement = fc.http().get(fc.url("/api/accessibilite"));

    assertEquals(200, statement.statusCode());
    assertTrue(statement.body().contains("<h1>Déclaration d'accessibilité</h1>"), statement.body());
    assertTrue(statement.body().contains("RGAA), version 4.1.2"), statement.body());
    // The RGAA model's parts: status, its date, technologies, tests, contact, and the ways of appeal.
    for (String id : List.of("accessibility-status", "accessibility-contact", "accessibility-appeal")) {
      assertTrue(statement.body().contains("id=\"" + id + "\""), id);
    }
    assertTrue(statement.body().contains("Défenseur des droits"), statement.body());
  }

  @Test
  void anUnavailableIdpIsShownGreyedAndNobodyIsSentToIt(FcPlatform fc) throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> page = browser.follow(browser.get(AuthorizeIT.url(fc, AuthorizeIT.request(fc))));
    assertTrue(page.body().contains("Compte de démonstration indisponible"));
    assertTrue(page.body().contains("Indisponible"));
    assertTrue(page.body().contains("disabled"));

    Map<String, String> tile = Browser.hiddenFields(page.body());
    tile.put("idp", "indisponible");
    HttpResponse<String> refused = browser.post(fc.url("/api/v2/redirect-to-idp"), tile);

    assertEquals(400, refused.statusCode());
    assertTrue(refused.body().contains("Y020001"));
  }

  @Test
  void theSpsUiLocalesChooseThePagesLanguage(FcPlatform fc) throws Exception {
    Map<String, String> request = AuthorizeIT.request(fc);
    request.put("ui_locales", "en-GB fr");

    HttpResponse<String> page = choicePage(fc, request);

    assertTrue(page.body().contains(" lang=\"en\">"), page.body());
    assertTrue(page.body().contains("Logging in to Service en ligne de démonstration"));
    assertEquals("en", page.headers().firstValue("Content-Language").orElse(""));
  }

  @Test
  void goingBackGivesTheSpAccessDeniedAndEndsTheInteraction(FcPlatform fc) throws Exception {
    Browser browser = new Browser();
    URI interaction = Browser.location(browser.get(AuthorizeIT.url(fc, AuthorizeIT.request(fc))));
    String uid = interaction.getPath().substring(interaction.getPath().lastIndexOf('/') + 1);

    HttpResponse<String> back = browser.get(fc.url("/api/v2/redirect-to-sp-with-error?uid=" + uid));

    assertEquals(303, back.statusCode());
    Map<String, String> query = query(URI.create(location(back)));
    assertEquals("access_denied", query.get("error"));
    assertEquals("user authentication aborted", query.get("error_description"));
    assertEquals("state-from-the-sp", query.get("state"));
    HttpResponse<String> again = browser.get(interaction);
    assertEquals(401, again.statusCode());
    assertTrue(again.body().contains("Y190001"));
  }

  /** The choice page, in the browser that sent the SP's request: the interaction is its own. */
  private static HttpResponse<String> choicePage(FcPlatform fc, Map<String, String> request) throws Exception {
    Browser browser = new Browser();
    return browser.follow(browser.get(AuthorizeIT.url(fc, request)));
  }

  private static String frameAncestors(HttpResponse<String> page) {
    String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
    return policy.contains("frame-ancestors 'none'") ? "DENY" : policy;
  }
}
