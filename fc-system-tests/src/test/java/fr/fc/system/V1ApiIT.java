package fr.fc.system;

import static fr.fc.system.AuthorizeIT.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.audit.AuditChain.StoredRow;
import fr.fc.audit.AuditContext;
import fr.fc.audit.AuditEvent;
import fr.fc.audit.AuditRecord;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The legacy v1 API (issue 14; contract sections 1.1 to 1.5, 1.9 and 1.12, "v1" column): an HS256
 * SP logs in through /api/v1, gets an ID token keyed with its secret and a plain JSON userinfo,
 * and logs out through /api/v1/logout; neither API takes the other's codes or tokens.
 */
@ExtendWith(SystemTest.class)
class V1ApiIT {

  static final String LEGACY_SP = RequestObjectIT.LEGACY_SP;
  static final String LEGACY_SECRET = RequestObjectIT.LEGACY_SECRET;
  private static final String NONCE = "a-nonce-of-twenty-two-characters-or-more";

  @Test
  void aLegacySpLogsInThroughV1WithAnHs256IdTokenAndAPlainJsonUserinfo(FcPlatform fc) throws Exception {
    Browser browser = new Browser();
    URI choice = Browser.location(browser.get(authorize(fc, request(fc))));
    assertTrue(choice.getPath().matches(".*/interaction/[^/]+"), "v2's IdP choice: " + choice);
    String flow = AuditContext.flowIdOf(choice.getPath().substring(choice.getPath().lastIndexOf('/') + 1));

    URI back = loginFromTheChoice(fc, browser, choice);

    assertTrue(back.toString().startsWith(AuthorizeIT.redirectUri(fc) + "?"), back.toString());
    Map<String, String> answer = query(back);
    assertEquals(Set.of("code", "state"), answer.keySet(), "v1 answers no iss: " + back);
    assertEquals("state-from-the-sp", answer.get("state"));

    Map<String, Object> tokens = tokens(token(fc, answer.get("code")));
    assertEquals("Bearer", tokens.get("token_type"));
    assertTrue(((Number) tokens.get("expires_in")).longValue() > 0, tokens.toString());
    assertTrue(tokens.get("access_token") instanceof String accessToken && !accessToken.isBlank(), tokens.toString());

    JwtClaims idToken = TokenIT.hmacVerified(fc, (String) tokens.get("id_token"), LEGACY_SECRET, LEGACY_SP);
    assertEquals(
        new TreeSet<>(List.of("iss", "sub", "aud", "exp", "iat", "nonce", "idp", "acr")),
        new TreeSet<>(idToken.getClaimNames()),
        "the contract's v1 payload");
    assertEquals(fc.http().getJson(fc.url("/api/v2/.well-known/openid-configuration")).get("issuer"), idToken.getIssuer());
    assertTrue(idToken.getSubject().matches("[0-9a-f]{64}v1"), idToken.getSubject());
    assertEquals(List.of(LEGACY_SP), idToken.getAudience());
    assertTrue(idToken.getExpirationTime().isAfter(idToken.getIssuedAt()));
    assertEquals(NONCE, idToken.getStringClaimValue("nonce"));
    assertEquals("FC", idToken.getStringClaimValue("idp"));
    assertEquals("eidas1", idToken.getStringClaimValue("acr"), "the default without acr_values");

    HttpResponse<String> userinfo = userinfo(fc, (String) tokens.get("access_token"));
    assertEquals(200, userinfo.statusCode(), userinfo.body());
    assertTrue(userinfo.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), "plain JSON, no JWT");
    Map<String, Object> claims = Http.json(userinfo.body());
    assertEquals(idToken.getSubject(), claims.get("sub"));
    assertEquals("Angela Claire Louise", claims.get("given_name"));
    assertEquals("DUBOIS", claims.get("family_name"));
    assertFalse(claims.containsKey("birthcountry"), "birth was not asked for: " + claims);
    assertFalse(claims.containsKey("address"), "nor address: " + claims);

    assertEquals(v2Sub(fc), idToken.getSubject(), "the same citizen, the same SP: the same sub on v1 and v2");

    List<AuditRecord> login =
        AuditTrailRows.ofFlow(
                AuditTrailRows.awaitRow(fc, row -> flow.equals(row.record().flowId()) && row.record().event() == AuditEvent.USERINFO_ANSWERED),
                flow)
            .stream()
            .map(StoredRow::record)
            .toList();
    assertEquals(AuditTrailRows.COMPLETE_LOGIN, login.stream().map(AuditRecord::event).toList());
    AuditRecord issued = login.get(AuditTrailRows.COMPLETE_LOGIN.indexOf(AuditEvent.TOKEN_ISSUED));
    assertEquals(LEGACY_SP, issued.spClientId());
    assertEquals("eidas1", issued.acr());
  }

  /** v1's extras (contract 1.6): the address object and the phone number the IdP gave, on request. */
  @Test
  void aV1SpAskingAddressAndPhoneGetsThemAsTheIdpGaveThem(FcPlatform fc) throws Exception {
    Map<String, String> request = request(fc);
    request.put("scope", "openid address phone");
    String code = query(BrokeredLoginIT.loginThrough(fc, new Browser(), authorize(fc, request), "impots", "test")).get("code");

    Map<String, Object> claims = Http.json(userinfo(fc, (String) tokens(token(fc, code)).get("access_token")).body());

    assertEquals("+33 6 12 34 56 78", claims.get("phone_number"));
    Map<?, ?> address = (Map<?, ?>) claims.get("address");
    assertEquals("20 avenue de Ségur, 75007 Paris, France", address.get("formatted"));
    assertEquals("75007", address.get("postal_code"));
    assertFalse(claims.containsKey("given_name"), "profile was not asked for: " + claims);
  }

  /** The sandbox's demo SP, switched to v1, as an SP written for FranceConnect v1 runs against fc. */
  @Test
  void theDemoSpSwitchedToV1LogsInAndOut(FcPlatform fc) throws Exception {
    Browser browser = new Browser();
    URI authorize = Browser.location(browser.get(URI.create(fc.sandbox().url() + "/sp/login?api=v1")));
    assertTrue(authorize.toString().startsWith(fc.url("/api/v1/authorize").toString()), authorize.toString());

    URI spCallback = BrokeredLoginIT.loginThrough(fc, browser, authorize, "impots", "test");
    HttpResponse<String> back = browser.get(spCallback);
    HttpResponse<String> identity = back.statusCode() / 100 == 3 ? browser.follow(back) : back;

    assertEquals(200, identity.statusCode(), identity.body());
    assertTrue(identity.body().contains("data-fc-api=\"v1\""), identity.body());
    assertTrue(identity.body().contains("DUBOIS"), identity.body());
    assertTrue(identity.body().contains("20 avenue de Ségur, 75007 Paris, France"), "v1's address: " + identity.body());
    assertTrue(identity.body().contains("+33 6 12 34 56 78"), "v1's phone: " + identity.body());
    List<URI> hops = redirectsUntil(browser, URI.create(fc.sandbox().url() + "/sp/logout"), fc.sandbox().url() + "/sp/logout-callback");
    assertTrue(hops.stream().anyMatch(hop -> hop.getPath().equals("/api/v1/logout")), hops.toString());
    assertEquals(200, browser.get(hops.get(hops.size() - 1)).statusCode());
  }

  @Test
  void theV1LogoutGoesBackToTheSpWithItsStateAndEndsTheSession(FcPlatform fc) throws Exception {
    Browser browser = new Browser();
    String idToken = (String) tokens(token(fc, code(fc, browser))).get("id_token");
    URI beforeLogout = Browser.location(browser.get(authorize(fc, request(fc))));
    assertTrue(beforeLogout.getPath().endsWith("/consent"), "a session to end: " + beforeLogout);
    String spBack = fc.sandbox().url() + "/sp/logout-callback";

    List<URI> hops =
        redirectsUntil(
            browser,
            fc.url("/api/v1/logout?id_token_hint=" + idToken + "&state=bye&post_logout_redirect_uri=" + URLEncoder.encode(spBack, StandardCharsets.UTF_8)),
            spBack);

    assertEquals(spBack + "?state=bye", hops.get(hops.size() - 1).toString());
    assertTrue(
        hops.stream().anyMatch(hop -> hop.toString().startsWith(fc.sandbox().url() + "/idp/impots/session/end?")),
        "as v2's logout, through the IdP's: " + hops);
    URI nextLogin = Browser.location(browser.get(authorize(fc, request(fc))));
    assertTrue(nextLogin.getPath().matches(".*/interaction/[^/]+"), "the session is over: the IdP choice again, " + nextLogin);
  }

  @Test
  void aFormPostStartsAV1Interaction(FcPlatform fc) throws Exception {
    HttpResponse<String> response =
        fc.http().send(
            HttpRequest.newBuilder(fc.url("/api/v1/authorize"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(AuthorizeIT.form(request(fc))))
                .build());

    assertEquals(303, response.statusCode(), response.body());
    assertTrue(Browser.location(response).getPath().matches(".*/interaction/[^/]+"), AuthorizeIT.location(response));
  }

  @Test
  void anEs256SpAskingV1GetsTheErrorPageNotARedirect(FcPlatform fc) throws Exception {
    Map<String, String> es256 = request(fc);
    es256.put("client_id", AuthorizeIT.CLIENT_ID);

    HttpResponse<String> page = fc.http().get(authorize(fc, es256));

    assertEquals(400, page.statusCode(), page.body());
    assertTrue(page.headers().firstValue("Location").isEmpty());
    assertTrue(page.body().contains(" lang=\"fr\">"), page.body());
    assertTrue(page.body().contains("Une erreur est survenue"), page.body());
    Matcher code = Pattern.compile("<code>(Y[0-9A-F]{6,7})</code>").matcher(page.body());
    assertTrue(code.find(), page.body());
    assertNotEquals("Y04EA6EF", code.group(1), "the SP is known: v1 only is not for it");
  }

  @Test
  void aMissingStateGoesBackToTheSpWithoutIss(FcPlatform fc) throws Exception {
    Map<String, String> parameters = request(fc);
    parameters.remove("state");

    URI back = Browser.location(fc.http().get(authorize(fc, parameters)));

    assertTrue(back.toString().startsWith(AuthorizeIT.redirectUri(fc) + "?"), back.toString());
    assertEquals(
        Map.of("error", "invalid_request", "error_description", "missing required parameter 'state'"), query(back));
  }

  @Test
  void aShortNonceGetsTheErrorPageNamingIt(FcPlatform fc) throws Exception {
    Map<String, String> parameters = request(fc);
    parameters.put("nonce", "too-short");

    HttpResponse<String> page = fc.http().get(authorize(fc, parameters));

    assertEquals(400, page.statusCode(), page.body());
    assertTrue(page.headers().firstValue("Location").isEmpty());
    assertTrue(page.body().contains("Y030007"), page.body());
    assertTrue(page.body().contains("invalid authorization request: nonce must be at least 22 characters"), page.body());
  }

  @Test
  void aHigherAcrGoesBackToTheSpWithInvalidAcrWithoutIss(FcPlatform fc) throws Exception {
    Map<String, String> parameters = request(fc);
    parameters.put("acr_values", "eidas2");

    URI back = Browser.location(fc.http().get(authorize(fc, parameters)));

    assertTrue(back.toString().startsWith(AuthorizeIT.redirectUri(fc) + "?"), back.toString());
    assertEquals(
        Map.of(
            "error", "invalid_acr",
            "error_description", "acr_value is not valid, should be equal one of these values, expected eidas1, got eidas2",
            "state", "state-from-the-sp"),
        query(back));
  }

  @Test
  void aCodeOfOneApiIsRefusedAtTheOthersTokenEndpoint(FcPlatform fc) throws Exception {
    assertOAuthError(token(fc, v2Code(fc)), 400, "invalid_grant");
    assertOAuthError(TokenIT.redeem(fc, code(fc, new Browser()), LEGACY_SP, LEGACY_SECRET), 400, "invalid_grant");
  }

  @Test
  void anAccessTokenOfOneApiIsRefusedAtTheOthersUserinfo(FcPlatform fc) throws Exception {
    String v1AccessToken = (String) tokens(token(fc, code(fc, new Browser()))).get("access_token");
    String v2AccessToken = (String) tokens(TokenIT.redeem(fc, v2Code(fc), LEGACY_SP, LEGACY_SECRET)).get("access_token");
    assertEquals(200, userinfo(fc, v1AccessToken).statusCode(), "valid on v1");
    assertEquals(200, TokenIT.userinfo(fc, v2AccessToken).statusCode(), "valid on v2");

    assertOAuthError(userinfo(fc, v2AccessToken), 401, "invalid_token");
    assertOAuthError(TokenIT.userinfo(fc, v1AccessToken), 401, "invalid_token");
  }

  /** The legacy SP's v1 request: no acr_values (optional on v1), the profile scope. */
  static Map<String, String> request(FcPlatform fc) {
    Map<String, String> request = AuthorizeIT.request(fc, LEGACY_SP);
    request.put("scope", "openid profile");
    request.remove("acr_values");
    return request;
  }

  static URI authorize(FcPlatform fc, Map<String, String> parameters) {
    return fc.url("/api/v1/authorize?" + AuthorizeIT.form(parameters));
  }

  /** A complete v1 login of the demo citizen in this browser; the code fc sends back to the SP. */
  static String code(FcPlatform fc, Browser browser) throws Exception {
    return query(BrokeredLoginIT.loginThrough(fc, browser, authorize(fc, request(fc)), "impots", "test")).get("code");
  }

  /** The same SP's login of the same citizen through /api/v2/authorize; its code. */
  private static String v2Code(FcPlatform fc) throws Exception {
    Map<String, String> request = AuthorizeIT.request(fc, LEGACY_SP);
    request.put("scope", "openid profile");
    return query(BrokeredLoginIT.loginThrough(fc, new Browser(), AuthorizeIT.url(fc, request), "impots", "test")).get("code");
  }

  private static String v2Sub(FcPlatform fc) throws Exception {
    String idToken = (String) tokens(TokenIT.redeem(fc, v2Code(fc), LEGACY_SP, LEGACY_SECRET)).get("id_token");
    return TokenIT.hmacVerified(fc, idToken, LEGACY_SECRET, LEGACY_SP).getSubject();
  }

  /** From fc's IdP choice page to the redirect back to the SP, through the demo IdP impots. */
  private static URI loginFromTheChoice(FcPlatform fc, Browser browser, URI choice) throws Exception {
    Map<String, String> tile = Browser.hiddenFields(browser.get(choice).body());
    tile.put("idp", "impots");
    HttpResponse<String> loginPage = browser.follow(browser.post(fc.url("/api/v2/redirect-to-idp"), tile));
    Map<String, String> form = Browser.hiddenFields(loginPage.body());
    form.put("login", "test");
    form.put("password", "123");
    HttpResponse<String> information = browser.follow(browser.follow(browser.post(loginPage.uri().resolve("login"), form)));
    return Browser.location(browser.post(fc.url("/api/v2/login"), Browser.hiddenFields(information.body())));
  }

  /** The SP's v1 token request, authenticated with client_secret_post. */
  static HttpResponse<String> token(FcPlatform fc, String code) throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("code", code);
    form.put("redirect_uri", AuthorizeIT.redirectUri(fc));
    form.put("client_id", LEGACY_SP);
    form.put("client_secret", LEGACY_SECRET);
    return fc.http().send(
        HttpRequest.newBuilder(fc.url("/api/v1/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(AuthorizeIT.form(form)))
            .build());
  }

  static HttpResponse<String> userinfo(FcPlatform fc, String accessToken) throws Exception {
    return fc.http().send(
        HttpRequest.newBuilder(fc.url("/api/v1/userinfo")).header("Authorization", "Bearer " + accessToken).GET().build());
  }

  private static Map<String, Object> tokens(HttpResponse<String> response) throws Exception {
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response.body());
  }

  /** The browser's redirects from this URL until one leads to the SP, which ends the list. */
  private static List<URI> redirectsUntil(Browser browser, URI start, String sp) throws Exception {
    List<URI> hops = new ArrayList<>();
    HttpResponse<String> step = browser.get(start);
    while (hops.size() < 8) {
      hops.add(Browser.location(step));
      if (hops.get(hops.size() - 1).toString().startsWith(sp)) {
        return hops;
      }
      step = browser.follow(step);
    }
    throw new AssertionError("no way back to " + sp + ": " + hops);
  }

  private static void assertOAuthError(HttpResponse<String> response, int status, String error) throws Exception {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(error, Http.json(response.body()).get("error"), response.body());
  }
}
