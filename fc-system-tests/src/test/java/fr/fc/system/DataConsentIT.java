package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An SP asking for data from a data provider (contract sections 1.13 and 3): the citizen sees a
 * consent page naming the provider as the source, and ticks to go on or refuses; each answer is
 * kept in the database, pseudonymously, and the SP gets its code or access_denied.
 */
@ExtendWith(SystemTest.class)
class DataConsentIT {

  static final String TAX_SCOPES = "openid profile birth dgfip_rfr dgfip_nbpart";

  @Test
  void aPublicSpAskingForTaxDataGetsAConsentPageNamingTheTaxOffice(FcPlatform fc) throws Exception {
    HttpResponse<String> page = consentPage(fc, new Browser(), TAX_SCOPES);

    assertEquals(200, page.statusCode(), page.body());
    String body = page.body();
    assertTrue(body.contains("<input type=\"checkbox\" id=\"consent\""), "a box to tick: " + body);
    assertTrue(body.contains("Direction générale des Finances publiques"), body);
    assertTrue(body.contains("Revenu fiscal de référence"), body);
    assertTrue(body.contains("Nombre de parts"), body);
    assertTrue(body.contains("Identité vérifiée par FranceConnect"), "the identity, a source of its own");
    assertTrue(body.contains("name=\"decision\" value=\"refuse\""), "a way to refuse");
  }

  @Test
  void consentingGivesTheCodeAndIsKept(FcPlatform fc) throws Exception {
    URI back = loginConsenting(fc, TAX_SCOPES);

    Map<String, String> answer = AuthorizeIT.query(back);
    assertTrue(answer.containsKey("code"), back.toString());
    HttpResponse<String> tokens = TokenIT.redeem(fc, answer.get("code"), TokenIT.CLIENT_ID, TokenIT.SECRET);
    assertEquals(200, tokens.statusCode(), tokens.body());
    assertTrue(lastConsent(fc).startsWith("true " + TokenIT.CLIENT_ID + " " + TAX_SCOPES), lastConsent(fc));
  }

  @Test
  void refusingSendsAccessDeniedToTheSpAndIsKept(FcPlatform fc) throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> page = consentPage(fc, browser, TAX_SCOPES);
    Map<String, String> form = Browser.hiddenFields(page.body());
    form.put("decision", "refuse");
    Map<String, String> forged = new LinkedHashMap<>(form);
    forged.put("csrf", "x");
    HttpResponse<String> wrongToken = browser.post(fc.url("/api/v2/login"), forged);
    assertEquals(403, wrongToken.statusCode(), wrongToken.body());
    assertTrue(wrongToken.body().contains("Y470001"), wrongToken.body());
    forged.remove("csrf");
    HttpResponse<String> noToken = browser.post(fc.url("/api/v2/login"), forged);
    assertEquals(403, noToken.statusCode(), noToken.body());
    assertTrue(noToken.body().contains("Y470002"), noToken.body());

    URI back = Browser.location(browser.post(fc.url("/api/v2/login"), form));

    Map<String, String> answer = AuthorizeIT.query(back);
    assertTrue(back.toString().startsWith(AuthorizeIT.redirectUri(fc) + "?"), back.toString());
    assertEquals("access_denied", answer.get("error"));
    assertEquals("user refused to share the requested data", answer.get("error_description"));
    assertEquals(fc.issuer(), answer.get("iss"));
    assertFalse(answer.containsKey("code"));
    assertTrue(lastConsent(fc).startsWith("false " + TokenIT.CLIENT_ID + " " + TAX_SCOPES), lastConsent(fc));
    HttpResponse<String> again = browser.post(fc.url("/api/v2/login"), Browser.hiddenFields(page.body()));
    assertEquals(401, again.statusCode(), "the interaction has ended: " + again.body());
  }

  @Test
  void anSpNotEntitledToTaxDataIsRefusedWithInvalidScope(FcPlatform fc) throws Exception {
    Map<String, String> request = AuthorizeIT.request(fc, ConsentIT.PRIVATE_SP);
    request.put("scope", "openid profile dgfip_rfr");

    HttpResponse<String> response = fc.http().get(AuthorizeIT.url(fc, request));

    assertEquals(303, response.statusCode(), response.body());
    Map<String, String> answer = AuthorizeIT.query(Browser.location(response));
    assertEquals("invalid_scope", answer.get("error"));
    assertEquals(fc.issuer(), answer.get("iss"));
  }

  /** A login of the demo SP asking for these scopes, its consent given, back to the SP. */
  static URI loginConsenting(FcPlatform fc, String scopes) throws Exception {
    Browser browser = new Browser();
    Map<String, String> form = Browser.hiddenFields(consentPage(fc, browser, scopes).body());
    form.put("consent", "on");
    return Browser.location(browser.post(fc.url("/api/v2/login"), form));
  }

  private static HttpResponse<String> consentPage(FcPlatform fc, Browser browser, String scopes) throws Exception {
    Map<String, String> request = AuthorizeIT.request(fc);
    request.put("scope", scopes);
    URI authorize = AuthorizeIT.url(fc, request);
    return browser.follow(browser.follow(BrokeredLoginIT.submitIdpLogin(fc, browser, authorize, "impots", "test")));
  }

  /** The last answer kept: given, SP, scopes, and the sub's length (never an identity). */
  private static String lastConsent(FcPlatform fc) throws Exception {
    try (Connection connection = fc.database();
        PreparedStatement query =
            connection.prepareStatement("SELECT given, sp_client_id, scopes, sub FROM consent ORDER BY id DESC LIMIT 1");
        ResultSet row = query.executeQuery()) {
      assertTrue(row.next(), "an answer is kept");
      return row.getBoolean(1) + " " + row.getString(2) + " " + row.getString(3) + " sub:" + row.getString(4).length();
    }
  }
}
