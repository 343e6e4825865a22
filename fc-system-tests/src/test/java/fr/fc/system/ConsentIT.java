package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.audit.AuditChain.StoredRow;
import fr.fc.audit.AuditContext;
import fr.fc.audit.AuditEvent;
import fr.fc.audit.AuditRecord;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The information page and its consent box (contract section 1.13): only a private SP registered
 * with identityConsent (the sandbox's sandbox-private-sp) makes the citizen tick it; every other
 * SP gets the page with its button alone. A form sent twice gets one code.
 */
@ExtendWith(SystemTest.class)
class ConsentIT {

  static final String PRIVATE_SP = "sandbox-private-sp";
  static final String PRIVATE_SECRET = "sandbox-private-sp-secret-for-demo-only";
  static final String CONSENT_LABEL = "J’accepte que FranceConnect transmette mes données au service pour me connecter";

  @Test
  void aPrivateSpThatCollectsConsentShowsTheBoxAndTheDataOpen(FcPlatform fc) throws Exception {
    HttpResponse<String> page = consentPage(fc, new Browser(), privateSpRequest(fc));

    assertEquals(200, page.statusCode(), page.body());
    assertTrue(page.body().contains("<title>Connexion - Continuer sur Service privé de démonstration - FranceConnect</title>"), page.body());
    assertTrue(page.body().contains("<input type=\"checkbox\" id=\"consent\" name=\"consent\" value=\"on\""), page.body());
    assertTrue(page.body().contains("<label class=\"fr-label\" for=\"consent\">" + CONSENT_LABEL), page.body());
    assertFalse(page.body().contains("fr-checkbox-group--error"), "no error before the form is sent");
    assertTrue(page.body().contains("<details open=\"open\">"), "the data shown open: " + page.body());
    assertTrue(page.body().contains("Données transmises"));
    assertTrue(page.body().contains("Lieu de naissance"));
  }

  @Test
  void withoutTheTickNoCodeIsIssuedAndThePageSaysWhatToFix(FcPlatform fc) throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> page = consentPage(fc, browser, privateSpRequest(fc));
    Map<String, String> form = Browser.hiddenFields(page.body());

    HttpResponse<String> unticked = browser.post(fc.url("/api/v2/login"), form);

    assertEquals(400, unticked.statusCode(), unticked.body());
    assertTrue(unticked.headers().firstValue("Location").isEmpty(), "no code");
    String body = unticked.body();
    assertTrue(body.contains("<title>Erreur - Connexion - Continuer sur Service privé de démonstration - FranceConnect</title>"), body);
    assertTrue(body.contains("fr-checkbox-group--error"), body);
    assertTrue(body.contains("aria-describedby=\"consent-messages\""), body);
    assertTrue(
        body.matches("(?s).*<div class=\"fr-messages-group\" id=\"consent-messages\">\\s*<p class=\"fr-message fr-message--error\" id=\"consent-error\" role=\"alert\">Cochez la case pour continuer.*"),
        body);
    assertEquals(form, Browser.hiddenFields(body), "the same form, to send again");

    form.put("consent", "on");
    URI back = Browser.location(browser.post(fc.url("/api/v2/login"), form));

    assertTrue(back.toString().startsWith(AuthorizeIT.redirectUri(fc) + "?"), back.toString());
    HttpResponse<String> tokens = TokenIT.redeem(fc, AuthorizeIT.query(back).get("code"), PRIVATE_SP, PRIVATE_SECRET);
    assertEquals(200, tokens.statusCode(), tokens.body());
  }

  @Test
  void theConsentPageSpeaksTheSpsLanguage(FcPlatform fc) throws Exception {
    Map<String, String> request = privateSpRequest(fc);
    request.put("ui_locales", "en");
    Browser browser = new Browser();
    HttpResponse<String> page = consentPage(fc, browser, request);

    HttpResponse<String> unticked = browser.post(fc.url("/api/v2/login"), Browser.hiddenFields(page.body()));

    assertEquals(400, unticked.statusCode());
    assertTrue(unticked.body().contains("I agree that FranceConnect transmits my data to the service to log me in"), unticked.body());
    assertTrue(unticked.body().contains("<title>Error - Login - Continue to Service privé de démonstration - FranceConnect</title>"), unticked.body());
  }

  @Test
  void aPublicSpShowsTheInformationPageWithoutABox(FcPlatform fc) throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> page = consentPage(fc, browser, AuthorizeIT.request(fc));

    assertEquals(200, page.statusCode(), page.body());
    assertFalse(page.body().contains("type=\"checkbox\""), page.body());
    assertFalse(page.body().contains(CONSENT_LABEL));
    assertTrue(page.body().contains("<details>"), "the data folded: " + page.body());
    assertTrue(page.body().contains("Lieu de naissance"));
    assertTrue(page.body().contains("Continuer sur Service en ligne de démonstration"));

    HttpResponse<String> back = browser.post(fc.url("/api/v2/login"), Browser.hiddenFields(page.body()));

    assertEquals(303, back.statusCode(), back.body());
  }

  @Test
  void theFormSentTwiceGetsTheSameRedirectAndOneCode(FcPlatform fc) throws Exception {
    Browser browser = new Browser();
    Map<String, String> form = Browser.hiddenFields(consentPage(fc, browser, AuthorizeIT.request(fc)).body());

    HttpResponse<String> first = browser.post(fc.url("/api/v2/login"), form);
    HttpResponse<String> second = browser.post(fc.url("/api/v2/login"), form);

    assertEquals(303, first.statusCode(), first.body());
    assertEquals(303, second.statusCode(), second.body());
    assertEquals(Browser.location(first), Browser.location(second));
    String code = AuthorizeIT.query(Browser.location(second)).get("code");
    assertEquals(200, TokenIT.redeem(fc, code, TokenIT.CLIENT_ID, TokenIT.SECRET).statusCode());
    assertEquals(400, TokenIT.redeem(fc, code, TokenIT.CLIENT_ID, TokenIT.SECRET).statusCode(), "one code, redeemed once");

    form.put("csrf", "another-form");
    HttpResponse<String> forged = browser.post(fc.url("/api/v2/login"), form);
    assertEquals(401, forged.statusCode(), "only the login's own form: " + forged.body());
    assertTrue(forged.body().contains("Y190001"));
  }

  @Test
  void theConsentIsAudited(FcPlatform fc) throws Exception {
    Browser browser = new Browser();
    Map<String, String> form = Browser.hiddenFields(consentPage(fc, browser, privateSpRequest(fc)).body());
    assertEquals(400, browser.post(fc.url("/api/v2/login"), form).statusCode());
    form.put("consent", "on");
    assertEquals(303, browser.post(fc.url("/api/v2/login"), form).statusCode());
    String thisLogin = AuditContext.flowIdOf(form.get("uid"));

    List<AuditRecord> records =
        AuditTrailRows.ofFlow(
                AuditTrailRows.awaitRow(
                    fc, row -> thisLogin.equals(row.record().flowId()) && row.record().event() == AuditEvent.REDIRECTED_TO_SP),
                thisLogin)
            .stream()
            .map(StoredRow::record)
            .toList();

    List<AuditEvent> events = records.stream().map(AuditRecord::event).toList();
    assertEquals(
        List.of(AuditEvent.INFORMATION_PAGE_SHOWN, AuditEvent.CONSENT_MISSING, AuditEvent.CONSENT_GIVEN, AuditEvent.REDIRECTED_TO_SP),
        events.subList(events.indexOf(AuditEvent.INFORMATION_PAGE_SHOWN), events.size()),
        events.toString());
    for (AuditRecord record : records.subList(events.indexOf(AuditEvent.INFORMATION_PAGE_SHOWN), records.size())) {
      assertEquals(PRIVATE_SP, record.spClientId());
      assertTrue(record.sub().endsWith("v1"), "pseudonymous: " + record);
    }
  }

  @Test
  void thePagesStylesheetIsServed(FcPlatform fc) throws Exception {
    HttpResponse<String> css = fc.http().get(fc.url("/css/fc.css"));

    assertEquals(200, css.statusCode());
    assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
    assertTrue(css.body().contains("summary.fr-accordion__btn"));
  }


  /** From the SP's authorization request to fc's information or consent page. */
  private static HttpResponse<String> consentPage(FcPlatform fc, Browser browser, Map<String, String> request)
      throws Exception {
    URI authorize = AuthorizeIT.url(fc, request);
    return browser.follow(browser.follow(BrokeredLoginIT.submitIdpLogin(fc, browser, authorize, "impots", "test")));
  }

  static Map<String, String> privateSpRequest(FcPlatform fc) {
    return AuthorizeIT.request(fc, PRIVATE_SP);
  }
}
