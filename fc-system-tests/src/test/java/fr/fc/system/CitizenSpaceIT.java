package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.audit.AuditContext;
import fr.fc.audit.AuditEvent;
import fr.fc.citizen.ConnectionCode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The citizen's space (/espace), an SP of fc: each citizen sees their own connections, found
 * through the trail's index by their pseudonym; nothing of an identity is stored in clear; the
 * space answers nobody without its own login.
 */
@ExtendWith(SystemTest.class)
class CitizenSpaceIT {

  /** Two citizens of the demo IdPs that other tests do not use, and what their identity holds. */
  private static final String FIRST = "accents";
  private static final String SECOND = "rnipp_etranger";
  private static final Pattern LOGOUT_TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
  private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final List<String> IDENTITIES_IN_CLEAR =
      List.of("DUBINÔRE", "Joëlle", "1992-08-15", "joelle.dubinore@example.com", "FERNANDEZ", "Pablo",
          "1988-09-09", "pablo.fernandez@example.com");

  @Test
  void eachCitizenSeesTheirOwnConnectionsAndNoneOfAnothers(FcPlatform fc) throws Exception {
    Browser first = new Browser();
    String firstFlow = logIn(fc, first, AuthorizeIT.url(fc, AuthorizeIT.request(fc)), FIRST).flowId();
    Browser second = new Browser();
    String secondFlow = logIn(fc, second, AuthorizeIT.url(fc, AuthorizeIT.request(fc)), SECOND).flowId();
    awaitConnection(fc, firstFlow);
    awaitConnection(fc, secondFlow);

    String firstSpace = openSpace(fc, first);
    String secondSpace = openSpace(fc, second);

    assertTrue(firstSpace.contains(ConnectionCode.of(firstFlow)), firstSpace);
    assertFalse(firstSpace.contains(ConnectionCode.of(secondFlow)), firstSpace);
    assertTrue(secondSpace.contains(ConnectionCode.of(secondFlow)), secondSpace);
    assertFalse(secondSpace.contains(ConnectionCode.of(firstFlow)), secondSpace);
    assertTrue(firstSpace.contains("Service en ligne de démonstration"), firstSpace);
  }

  @Test
  void nothingOfAnIdentityIsStoredInClear(FcPlatform fc) throws Exception {
    Browser citizen = new Browser();
    String flow = logIn(fc, citizen, AuthorizeIT.url(fc, AuthorizeIT.request(fc)), FIRST).flowId();
    awaitConnection(fc, flow);
    openSpace(fc, citizen);
    Browser other = new Browser();
    awaitConnection(fc, logIn(fc, other, AuthorizeIT.url(fc, AuthorizeIT.request(fc)), SECOND).flowId());

    List<String> found = new ArrayList<>();
    try (Connection database = fc.database();
        ResultSet tables =
            database.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
      while (tables.next()) {
        found.addAll(identitiesIn(database, tables.getString("TABLE_NAME")));
      }
    }

    assertEquals(List.of(), found);
    assertTrue(rows(fc, "citizen_event") > 0, "the index by pseudonym is there");
  }

  @Test
  void theSpaceTakesNoCitizenFromARequestAndNoCodeFromAnotherBrowser(FcPlatform fc) throws Exception {
    Browser stranger = new Browser();
    HttpResponse<String> export = stranger.get(fc.url("/espace/export.json"));
    assertNotEquals(200, export.statusCode(), "no export without the space's login");
    assertFalse(export.body().contains("\"code\""), export.body());
    HttpResponse<String> history = stranger.get(fc.url("/espace/index.xhtml?citizen=anything&sub=anything"));
    assertFalse(history.body().contains("Historique") && history.body().contains("<table"), "no history: " + history.body());

    // A citizen's way back from fc, replayed by another browser: its state is not that browser's.
    Browser citizen = new Browser();
    URI callback = logIn(fc, citizen, Browser.location(citizen.get(fc.url("/espace/connexion"))), FIRST).back();
    HttpResponse<String> replayed = stranger.get(callback);
    assertEquals(400, replayed.statusCode(), replayed.body());
    assertFalse(replayed.body().contains("Exception"), replayed.body());
  }

  /** A data provider's answer to the service, in the history and in both downloads. */
  @Test
  void aDataTransferShowsInTheHistoryAndItsDownloads(FcPlatform fc) throws Exception {
    Browser citizen = new Browser();
    Map<String, String> request = AuthorizeIT.request(fc);
    request.put("scope", CheckTokenIT.DATA_SCOPES);
    Login login = logIn(fc, citizen, AuthorizeIT.url(fc, request), "polynesie");
    HttpResponse<String> tokens =
        TokenIT.redeem(fc, AuthorizeIT.query(login.back()).get("code"), TokenIT.CLIENT_ID, TokenIT.SECRET);
    String accessToken = (String) Http.json(tokens.body()).get("access_token");
    TestDataProviders.Provider dp = fc.dataProviders().ec;
    assertEquals(200, CheckTokenIT.checkToken(fc, accessToken, dp.clientId(), TestDataProviders.SECRET).statusCode());
    AuditTrailRows.awaitRow(
        fc, row -> login.flowId().equals(row.record().flowId()) && row.record().event() == AuditEvent.CHECKTOKEN_ANSWERED);
    String code = ConnectionCode.of(login.flowId());

    String history = openSpace(fc, citizen);
    HttpResponse<String> csv = citizen.get(fc.url("/espace/export.csv"));
    HttpResponse<String> json = citizen.get(fc.url("/espace/export.json"));

    String row = history.substring(history.indexOf("connection-" + code));
    assertTrue(row.substring(0, row.indexOf("</tr>")).contains("Fournisseur de test"), row);
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.headers().toString());
    assertTrue(csv.body().lines().anyMatch(line -> line.contains(code) && line.contains("Fournisseur de test")), csv.body());
    assertEquals(200, json.statusCode(), json.body());
    assertTrue(json.body().contains(code) && json.body().contains("Fournisseur de test"), json.body());
    assertTrue(csv.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
  }

  /**
   * The choice of IdPs is a Faces form: another site's copy of it, without the page's view state,
   * changes nothing; the page's own form saves.
   */
  @Test
  void anotherSitesFormChangesNoChoiceAndTheSpacesOwnFormDoes(FcPlatform fc) throws Exception {
    Browser citizen = new Browser();
    awaitConnection(fc, logIn(fc, citizen, AuthorizeIT.url(fc, AuthorizeIT.request(fc)), "compose").flowId());
    openSpace(fc, citizen);
    String page = citizen.get(fc.url("/espace/preferences.xhtml")).body();
    Matcher viewState = VIEW_STATE.matcher(page);
    assertTrue(viewState.find(), page);
    Map<String, String> form = new HashMap<>(Map.of("preferences", "preferences", "shown", "impots", "save-preferences", "Enregistrer"));
    long before = rows(fc, "citizen_preference");

    Map<String, String> forged = new HashMap<>(form);
    forged.put("jakarta.faces.ViewState", "made-by-another-site");
    HttpResponse<String> refused =
        citizen.post(fc.url("/espace/preferences.xhtml"), forged, Map.of("Origin", "https://attacker.example"));
    assertFalse(refused.body().contains("preferences-saved"), refused.body());
    assertFalse(refused.body().contains("Exception"), refused.body());
    assertEquals(before, rows(fc, "citizen_preference"));

    form.put("jakarta.faces.ViewState", viewState.group(1));
    HttpResponse<String> saved = citizen.post(fc.url("/espace/preferences.xhtml"), form);
    assertTrue(saved.body().contains("preferences-saved"), saved.body());
    assertEquals(before + 1, rows(fc, "citizen_preference"));
  }

  /** The frame's logout form, as another site or a page without its token would send it, ends nothing. */
  @Test
  void theLogoutFormNeedsItsTokenAndTheSpacesOrigin(FcPlatform fc) throws Exception {
    Browser citizen = new Browser();
    logIn(fc, citizen, AuthorizeIT.url(fc, AuthorizeIT.request(fc)), "reunion");
    Matcher field = LOGOUT_TOKEN.matcher(openSpace(fc, citizen));
    assertTrue(field.find(), "the frame's logout form");
    String token = field.group(1);
    URI logout = fc.url("/espace/deconnexion");

    assertEquals(403, citizen.post(logout, Map.of()).statusCode(), "no token");
    assertEquals(403, citizen.post(logout, Map.of("csrf", token + "x")).statusCode(), "another token");
    assertEquals(
        403, citizen.post(logout, "csrf=" + token + "&csrf=x", Map.of()).statusCode(), "the token given twice is no one's");
    assertEquals(403, citizen.post(logout, Map.of("csrf", token), Map.of("Origin", "https://attacker.example")).statusCode());
    assertEquals(
        403, citizen.post(logout, Map.of("csrf", token), Map.of("Sec-Fetch-Site", "cross-site")).statusCode());
    assertTrue(citizen.get(fc.url("/espace/")).body().contains("id=\"greeting\""), "still logged in to the space");

    HttpResponse<String> out = citizen.post(logout, Map.of("csrf", token));
    assertEquals(303, out.statusCode(), out.body());
    assertTrue(Browser.location(out).getPath().endsWith("/session/end"), "then fc's logout: " + Browser.location(out));
    assertFalse(citizen.get(fc.url("/espace/")).body().contains("id=\"greeting\""), "the space's session is over");
  }

  /** Past the history's retention, a citizen's space forgets a connection; the trail keeps its events. */
  @Test
  void anOperatorsPurgeForgetsOlderConnectionsAndTheTrailKeepsThem(FcPlatform fc) throws Exception {
    Browser citizen = new Browser();
    String older = logIn(fc, citizen, AuthorizeIT.url(fc, AuthorizeIT.request(fc)), "prenoms").flowId();
    awaitConnection(fc, older);
    Instant cut = Instant.now();
    String newer = logIn(fc, citizen, AuthorizeIT.url(fc, AuthorizeIT.request(fc)), "prenoms").flowId();
    awaitConnection(fc, newer);

    HttpResponse<String> refused = purge(fc, AdminApiIT.token(fc, "auditor"), cut);
    assertEquals(403, refused.statusCode(), "auditors read, they do not purge");
    HttpResponse<String> purged = purge(fc, AdminApiIT.token(fc, "fc-admin"), cut);
    assertEquals(200, purged.statusCode(), purged.body());
    assertTrue(((Number) Http.json(purged.body()).get("forgotten")).longValue() >= 1, purged.body());

    String space = openSpace(fc, citizen);
    assertTrue(space.contains(ConnectionCode.of(newer)), space);
    assertFalse(space.contains(ConnectionCode.of(older)), space);
    assertTrue(AuditTrailRows.all(fc).stream()
        .anyMatch(row -> older.equals(row.record().flowId()) && row.record().event() == AuditEvent.REDIRECTED_TO_SP));
    AuditTrailRows.awaitRow(fc, row -> row.record().event() == AuditEvent.CITIZEN_HISTORY_PURGED);
  }

  private static HttpResponse<String> purge(FcPlatform fc, String token, Instant before) throws Exception {
    return fc.http()
        .send(
            HttpRequest.newBuilder(fc.url("/api/admin/citizens/history/purge?before=" + before))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
  }

  /** A login, to the information page's form sent; where fc sends the browser back, and the flow's id. */
  record Login(URI back, String flowId) {}

  static Login logIn(FcPlatform fc, Browser browser, URI authorize, String account) throws Exception {
    HttpResponse<String> redirect = browser.get(authorize);
    // interaction/{uid} (the choice page) or interaction/{uid}/consent (fc's session logs the citizen in)
    List<String> path = List.of(Browser.location(redirect).getPath().split("/"));
    String flowId = AuditContext.flowIdOf(path.get(path.indexOf("interaction") + 1));
    HttpResponse<String> page = browser.follow(redirect);
    if (page.body().contains("name=\"idp\"")) {
      Map<String, String> tile = Browser.hiddenFields(page.body());
      tile.put("idp", "impots");
      HttpResponse<String> loginPage = browser.follow(browser.post(fc.url("/api/v2/redirect-to-idp"), tile));
      Map<String, String> form = Browser.hiddenFields(loginPage.body());
      form.put("login", account);
      form.put("password", "123");
      page = browser.follow(browser.follow(browser.post(loginPage.uri().resolve("login"), form)));
    }
    Map<String, String> information = Browser.hiddenFields(page.body());
    information.put("consent", "on"); // read only on a consent page
    URI back = Browser.location(browser.post(fc.url("/api/v2/login"), information));
    return new Login(back, flowId);
  }

  /** The space's history page, after its own login through fc (SSO: the browser has an fc session). */
  static String openSpace(FcPlatform fc, Browser browser) throws Exception {
    URI authorize = Browser.location(browser.get(fc.url("/espace/connexion")));
    assertTrue(authorize.getPath().endsWith("/api/v2/authorize"), authorize.toString());
    URI back = logIn(fc, browser, authorize, "unused: the fc session logs in").back();
    HttpResponse<String> callback = browser.get(back);
    assertEquals(302, callback.statusCode(), callback.body());
    HttpResponse<String> history = browser.follow(callback);
    assertEquals(200, history.statusCode(), history.body());
    return history.body();
  }

  static void awaitConnection(FcPlatform fc, String flowId) throws Exception {
    AuditTrailRows.awaitRow(
        fc, row -> flowId.equals(row.record().flowId()) && row.record().event() == AuditEvent.REDIRECTED_TO_SP);
  }

  private static List<String> identitiesIn(Connection database, String table) throws Exception {
    List<String> found = new ArrayList<>();
    try (Statement select = database.createStatement(); ResultSet row = select.executeQuery("SELECT * FROM " + table)) {
      ResultSetMetaData columns = row.getMetaData();
      while (row.next()) {
        for (int column = 1; column <= columns.getColumnCount(); column++) {
          String value = row.getString(column);
          for (String identity : IDENTITIES_IN_CLEAR) {
            if (value != null && value.contains(identity)) {
              found.add(table + "." + columns.getColumnName(column) + " holds " + identity);
            }
          }
        }
      }
    }
    return found;
  }

  private static long rows(FcPlatform fc, String table) throws Exception {
    try (Connection database = fc.database();
        Statement select = database.createStatement();
        ResultSet count = select.executeQuery("SELECT COUNT(*) FROM " + table)) {
      count.next();
      return count.getLong(1);
    }
  }
}
