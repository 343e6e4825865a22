package fr.fc.sandbox.sp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.sandbox.SandboxApplication;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo SP on Payara Micro, driven over HTTP by a test that plays the browser, against a fake fc
 * in the test's JVM ({@link FakeFc}). The fake fc is down for the first tests and up from the
 * third: the SP keeps fc's discovery document once it has read it, so the order matters.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoSpIT {

  static final FakeFc FC = FakeFc.onFreePort();

  /**
   * The SP's base URL as registered in fc; the test itself takes fc's redirects to the real one.
   */
  static final String SP_BASE_URL = "https://sp.example";

  @ArquillianResource URL base;

  private final HttpClient browser =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @Deployment
  static WebArchive deployment() throws Exception {
    String config =
        Files.readString(Path.of("src/main/resources/META-INF/microprofile-config.properties"))
            + "\nfc.sandbox.fc-issuer="
            + FC.issuer()
            + "\nfc.sandbox.base-url="
            + SP_BASE_URL
            + "\nfc.sandbox.sp.tax-data-url="
            + FC.taxDataUrl()
            + "\n";
    return ShrinkWrap.create(WebArchive.class, "demo-sp.war")
        .addPackages(false, SandboxApplication.class.getPackage(), SpEndpoints.class.getPackage())
        .addPackages(true, "org.jose4j", "org.slf4j")
        .addAsResource("fr/fc/sandbox/sp/messages.properties")
        .addAsResource("fr/fc/sandbox/sp/messages_en.properties")
        .addAsResource(new StringAsset(config), "META-INF/microprofile-config.properties");
  }

  @AfterAll
  static void stopFc() {
    FC.stop();
  }

  @Test
  @Order(1)
  void theHomePageIsFrenchWithTheFranceConnectButton() throws Exception {
    assertPage(
        get("sp/", "fr-FR,fr;q=0.9"),
        200,
        "<html lang=\"fr\">",
        "S&#39;identifier avec FranceConnect</button>",
        "action=\"" + base.getPath() + "sp/login\"");
  }

  @Test
  @Order(2)
  void theHomePageSpeaksEnglishToThoseWhoPreferIt() throws Exception {
    assertPage(get("sp", "en-GB,en;q=0.9,fr;q=0.5"), 200, "<title>Demo online service</title>");
  }

  @Test
  @Order(3)
  void loginWhileFcIsUnreachableSaysWhatFailed() throws Exception {
    HttpResponse<String> page = get("sp/login", null);

    assertPage(page, 502, "FranceConnect est injoignable", "could not connect");
    assertFalse(page.body().contains("Exception"), page.body());
  }

  @Test
  @Order(4)
  void loginSendsTheBrowserToFcWithEveryParameter() throws Exception {
    FC.start();

    Map<String, String> authorize = login();

    assertEquals("code", authorize.get("response_type"));
    assertEquals("sandbox-demo-sp", authorize.get("client_id"));
    assertEquals(SP_BASE_URL + "/sp/callback", authorize.get("redirect_uri"));
    assertEquals(
        "openid given_name family_name birthdate gender birthplace birthcountry email"
            + " preferred_username",
        authorize.get("scope"));
    assertEquals("eidas1", authorize.get("acr_values"));
    assertTrue(authorize.get("state").length() >= 32);
    assertTrue(authorize.get("nonce").length() >= 22);
    assertEquals(43, authorize.get("code_challenge").length());
    assertEquals("S256", authorize.get("code_challenge_method"));
  }

  @Test
  @Order(5)
  void theCitizenLogsInSeesTheirIdentityAndLogsOut() throws Exception {
    FC.start();
    Map<String, String> authorize = login();
    String code = FC.issueCode(authorize);

    assertPage(
        get("sp/callback?code=" + code + "&state=" + authorize.get("state"), null),
        200,
        "<h1>Vous êtes connecté</h1>",
        "<td>DUBOIS</td>",
        "<td>" + FakeFc.SUB + "</td>");

    Map<String, String> endSession =
        redirectTo(FC.issuer() + "/session/end?", get("sp/logout", null));

    assertEquals(FC.lastIdToken(), endSession.get("id_token_hint"));
    assertEquals(SP_BASE_URL + "/sp/logout-callback", endSession.get("post_logout_redirect_uri"));
    String logoutCallback = "sp/logout-callback?state=" + endSession.get("state");
    assertPage(get(logoutCallback, null), 200, "Vous êtes déconnecté.");
    assertPage(get(logoutCallback, null), 400, "aucune déconnexion en cours");
  }

  @Test
  @Order(6)
  void aCallbackWithAnotherStateIsRefused() throws Exception {
    FC.start();
    String code = FC.issueCode(login());

    assertPage(
        get("sp/callback?code=" + code + "&state=forged", null), 400, "aucune connexion en cours");
  }

  @Test
  @Order(7)
  void anErrorFromFcIsShownEscaped() throws Exception {
    String error = "error=access_denied&error_description=%3Cscript%3Ex%3C%2Fscript%3E";

    assertPage(
        get("sp/callback?" + error, null), 400, "access_denied: &lt;script&gt;x&lt;/script&gt;");
  }

  @Test
  @Order(8)
  void theCitizenSeesTheirTaxDataRightAfterTheLogin() throws Exception {
    FC.start();
    assertPage(get("sp/", null), 200, "action=\"" + base.getPath() + "sp/tax-data\"");
    Map<String, String> authorize = taxDataLogin();
    assertEquals("openid profile birth dgfip_rfr dgfip_nbpart", authorize.get("scope"));
    String code = FC.issueCode(authorize);

    assertPage(
        get("sp/callback?code=" + code + "&state=" + authorize.get("state"), null),
        200,
        "<h1>Mes données fiscales</h1>",
        "Revenu fiscal de référence : <strong>24\u00a0500\u00a0€</strong>",
        "Nombre de parts : <strong>1,5</strong>",
        "<td>DUBOIS</td>");
  }

  @Test
  @Order(9)
  void aCitizenWhoRefusesToShareTheirTaxDataIsToldSo() throws Exception {
    FC.start();
    Map<String, String> authorize = taxDataLogin();
    String refusal =
        "sp/callback?error=access_denied&error_description=user+authentication+aborted&state="
            + authorize.get("state");

    HttpResponse<String> page = get(refusal, "en");

    assertPage(page, 200, "You refused to share your tax data with this service");
    assertFalse(page.body().contains("access_denied"), page.body());
  }

  @Test
  @Order(10)
  void aSpWrittenForV1LogsInAndOutThroughFcsV1Api() throws Exception {
    FC.start();
    assertPage(get("sp/", null), 200, "<input type=\"hidden\" name=\"api\" value=\"v1\">");
    Map<String, String> authorize =
        redirectTo(FC.v1() + "/authorize?", get("sp/login?api=v1", null));
    assertEquals("sandbox-legacy-sp", authorize.get("client_id"));
    assertEquals(SP_BASE_URL + "/sp/callback", authorize.get("redirect_uri"));
    assertEquals("openid profile birth email address phone", authorize.get("scope"));
    assertTrue(authorize.get("nonce").length() >= 22);
    assertFalse(authorize.containsKey("code_challenge"), "v1 has no PKCE");
    String code = FC.issueCode(authorize);

    assertPage(
        get("sp/callback?code=" + code + "&state=" + authorize.get("state"), null),
        200,
        "<h1>Vous êtes connecté</h1>",
        "data-fc-api=\"v1\"",
        "API v1",
        "<td>DUBOIS</td>",
        "<td>" + FakeFc.SUB + "</td>");

    Map<String, String> logout = redirectTo(FC.v1() + "/logout?", get("sp/logout", null));

    assertEquals(FC.lastIdToken(), logout.get("id_token_hint"));
    assertEquals(SP_BASE_URL + "/sp/logout-callback", logout.get("post_logout_redirect_uri"));
    String logoutCallback = "sp/logout-callback?state=" + logout.get("state");
    assertPage(get(logoutCallback, null), 200, "Vous êtes déconnecté.");
  }

  @Test
  @Order(11)
  void anUnknownApiVersionIsRefused() throws Exception {
    assertPage(get("sp/login?api=v3", "en"), 400, "choose v1, v2 or plus");
  }

  @Test
  @Order(12)
  void theSpsOtherRegistrationsLogInAsTheirOwnClients() throws Exception {
    FC.start();
    Map<String, String> privateSp = redirectTo(FC.issuer() + "/authorize?", get("sp/login?variant=private", null));
    Map<String, String> promptSp = redirectTo(FC.issuer() + "/authorize?", get("sp/login?variant=prompt", null));
    Map<String, String> filteredSp = redirectTo(FC.issuer() + "/authorize?", get("sp/login?variant=filtered", null));

    assertEquals("sandbox-private-sp", privateSp.get("client_id"));
    assertEquals("sandbox-prompt-sp", promptSp.get("client_id"));
    assertEquals("sandbox-filtered-sp", filteredSp.get("client_id"));
    assertEquals("login", promptSp.get("prompt"));
    assertFalse(privateSp.containsKey("prompt") || filteredSp.containsKey("prompt"));
    for (Map<String, String> authorize : List.of(privateSp, promptSp, filteredSp)) {
      assertEquals(SP_BASE_URL + "/sp/callback", authorize.get("redirect_uri"));
      assertEquals("openid profile birth email", authorize.get("scope"));
    }
  }

  @Test
  @Order(13)
  void aCitizenWhoCancelsIsToldSoKindlyAndMayTryAgain() throws Exception {
    FC.start();
    Map<String, String> authorize = redirectTo(FC.issuer() + "/authorize?", get("sp/login?variant=private", null));
    String cancel =
        "sp/callback?error=access_denied&error_description=user+authentication+aborted&state="
            + authorize.get("state");

    HttpResponse<String> page = get(cancel, "en");

    assertPage(
        page,
        200,
        "id=\"login-cancelled\"",
        "You cancelled the login with FranceConnect",
        "<input type=\"hidden\" name=\"variant\" value=\"private\">");
    assertFalse(page.body().contains("access_denied"), page.body());
  }

  @Test
  @Order(14)
  void anUnknownRegistrationIsRefused() throws Exception {
    assertPage(get("sp/login?variant=admin", "en"), 400, "choose demo, v1, plus, private, prompt or filtered");
  }

  /** Starts a tax data login; returns the parameters the SP sends to fc's authorize endpoint. */
  private Map<String, String> taxDataLogin() throws Exception {
    return redirectTo(FC.issuer() + "/authorize?", get("sp/tax-data", null));
  }

  /** Starts a login at the SP and returns the parameters it sends to fc's authorize endpoint. */
  private Map<String, String> login() throws Exception {
    return redirectTo(FC.issuer() + "/authorize?", get("sp/login", null));
  }

  /** Asserts a 302 to a URL that starts so, and returns the parameters of that URL. */
  private static Map<String, String> redirectTo(String start, HttpResponse<String> response) {
    assertEquals(302, response.statusCode(), response.body());
    URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
    assertTrue(location.toString().startsWith(start), location.toString());
    return QueryParameters.of(location);
  }

  private static void assertPage(HttpResponse<String> page, int status, String... fragments) {
    assertEquals(status, page.statusCode(), page.body());
    for (String fragment : fragments) {
      assertTrue(page.body().contains(fragment), fragment + " is not in " + page.body());
    }
  }

  private HttpResponse<String> get(String path, String acceptLanguage) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve(path)).GET();
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
