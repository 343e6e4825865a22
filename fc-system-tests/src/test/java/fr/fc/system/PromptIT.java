package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SP's prompt (contract section 1.2): fc acts on "login consent" unless the SP is whitelisted
 * (allowedPrompts); the sandbox's sandbox-prompt-sp is, for login.
 */
@ExtendWith(SystemTest.class)
class PromptIT {

  static final String WHITELISTED_SP = "sandbox-prompt-sp";
  static final String WHITELISTED_SECRET = "sandbox-prompt-sp-secret-for-demo-only";

  @Test
  void aWhitelistedPromptLoginGoesStraightBackToTheSpWithAUsableCode(FcPlatform fc) throws Exception {
    Browser browser = new Browser();

    HttpResponse<String> callback = browser.follow(BrokeredLoginIT.submitIdpLogin(fc, browser, authorize(fc, WHITELISTED_SP, "login"), "impots", "test"));

    URI spCallback = Browser.location(callback);
    assertTrue(spCallback.toString().startsWith(AuthorizeIT.redirectUri(fc) + "?"), "no information page: " + spCallback);
    Map<String, String> answer = AuthorizeIT.query(spCallback);
    assertEquals("state-from-the-sp", answer.get("state"));
    assertEquals(fc.issuer(), answer.get("iss"));
    HttpResponse<String> tokens = TokenIT.redeem(fc, answer.get("code"), WHITELISTED_SP, WHITELISTED_SECRET);
    assertEquals(200, tokens.statusCode(), tokens.body());
    assertTrue(Http.json(tokens.body()).containsKey("id_token"));
  }

  @Test
  void aWhitelistedSpThatSendsNoPromptSeesTheInformationPage(FcPlatform fc) throws Exception {
    assertInformationPage(fc, authorize(fc, WHITELISTED_SP, null));
  }

  @Test
  void anSpThatIsNotWhitelistedSeesTheInformationPageThoughItSendsPromptLogin(FcPlatform fc) throws Exception {
    assertInformationPage(fc, authorize(fc, AuthorizeIT.CLIENT_ID, "login"));
  }

  private static void assertInformationPage(FcPlatform fc, URI authorize) throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> callback = browser.follow(BrokeredLoginIT.submitIdpLogin(fc, browser, authorize, "impots", "test"));

    HttpResponse<String> information = browser.follow(callback);

    assertEquals(200, information.statusCode(), information.body());
    assertTrue(information.body().contains("Vous allez vous connecter en tant que"));
    assertTrue(information.body().contains("Angela Claire Louise DUBOIS"));
  }

  private static URI authorize(FcPlatform fc, String clientId, String prompt) {
    Map<String, String> request = AuthorizeIT.request(fc, clientId);
    if (prompt != null) {
      request.put("prompt", prompt);
    }
    return AuthorizeIT.url(fc, request);
  }
}
