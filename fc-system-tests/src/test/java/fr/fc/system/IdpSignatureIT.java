package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The signatures fc accepts from IdPs: each IdP's registered algorithm and key, nothing else. The
 * sandbox's legacy IdP signs HS256 with fc's client secret, its ID tokens and its userinfo alike;
 * its account signature_invalide gets tokens a forger would sign, with the right identity.
 */
@ExtendWith(SystemTest.class)
class IdpSignatureIT {

  static final String LEGACY_IDP = "historique";

  @Test
  void aCitizenLogsInThroughTheLegacyHs256Idp(FcPlatform fc) throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> information = BrokeredLoginIT.loginAtIdp(fc, browser, LEGACY_IDP, "test");

    assertEquals(200, information.statusCode(), information.body());
    assertTrue(information.body().contains("Angela Claire Louise DUBOIS"), "the identity of the signed userinfo");

    URI spCallback = Browser.location(browser.post(fc.url("/api/v2/login"), Browser.hiddenFields(information.body())));
    assertTrue(spCallback.toString().startsWith(AuthorizeIT.redirectUri(fc) + "?"), spCallback.toString());
    assertTrue(AuthorizeIT.query(spCallback).get("code").length() >= 43);
  }

  @Test
  void anHs256TokenSignedWithAnotherSecretSendsTheCitizenBackToTheChoice(FcPlatform fc) throws Exception {
    HttpResponse<String> choice = afterIdpLogin(fc, LEGACY_IDP, "signature_invalide");

    assertBackOnTheChoiceWithANotice(choice, "Fournisseur historique HS256 (démonstration)");
  }

  @Test
  void anHs256TokenFromAnIdpRegisteredEs256IsRefusedThoughKeyedWithItsSecret(FcPlatform fc) throws Exception {
    HttpResponse<String> choice = afterIdpLogin(fc, "impots", "signature_invalide");

    assertBackOnTheChoiceWithANotice(choice, "Impots.gouv (démonstration)");
  }

  @Test
  void aUserinfoAboutAnotherSubjectThanTheIdTokenIsNotUsed(FcPlatform fc) throws Exception {
    HttpResponse<String> choice = afterIdpLogin(fc, "ameli", "sub_incoherent");

    assertBackOnTheChoiceWithANotice(choice, "Ameli (démonstration)");
    assertFalse(choice.body().contains("DUBOIS"), "nothing of that userinfo is shown");
  }

  /** From the SP's request, through the IdP's login, to where fc's callback sends the citizen. */
  private static HttpResponse<String> afterIdpLogin(FcPlatform fc, String idp, String login) throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> callback = browser.follow(BrokeredLoginIT.submitIdpLogin(fc, browser, idp, login));
    assertEquals(303, callback.statusCode(), callback.body());
    return browser.follow(callback);
  }

  private static void assertBackOnTheChoiceWithANotice(HttpResponse<String> page, String idpTitle) {
    assertEquals(200, page.statusCode(), page.body());
    assertTrue(page.body().contains("Choisissez un compte pour vous connecter"), page.body());
    assertTrue(page.body().contains("role=\"alert\""));
    assertTrue(page.body().contains(idpTitle));
    assertFalse(page.body().contains("Angela Claire Louise DUBOIS"), "no identity from a forged token");
  }
}
