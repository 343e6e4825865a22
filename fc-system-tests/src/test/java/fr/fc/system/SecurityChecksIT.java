package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * fc against the OpenID and ASVS checks its other tests left open: CSRF tokens, cookie flags,
 * session rotation, reflected input, page headers, secrets in the log, client authentication's
 * challenge, userinfo by POST, the SP's state sent back as it was, PKCE, codes past their
 * lifetime, and the state of an IdP's answer.
 */
@ExtendWith(SystemTest.class)
class SecurityChecksIT {

  private static final String PAGE_POLICY =
      "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self' data:;"
          + " form-action 'self' http: https:; frame-ancestors 'none'; base-uri 'none'";
  // fc.oidc.code-lifetime and fc.oidc.access-token-lifetime: FcPlatform keeps the contract's defaults.
  private static final Duration CODE_LIFETIME = Duration.ofSeconds(30);
  private static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofSeconds(60);
  private static final String PKCE_FAILED = "grant request is invalid (PKCE verification failed)";
  private static final String CODE_NOT_FOUND = "grant request is invalid (authorization code not found)";

  @Test
  void theCitizensOwnFormsNeedTheirCsrfTokenAndTheWayBackToTheSpFcsOrigin(FcPlatform fc) throws Exception {
    Browser citizen = new Browser();
    HttpResponse<String> authorize = citizen.get(AuthorizeIT.url(fc, AuthorizeIT.request(fc)));
    Map<String, String> tile = Browser.hiddenFields(citizen.follow(authorize).body());
    tile.put("idp", "impots");
    URI redirectToIdp = fc.url("/api/v2/redirect-to-idp");

    assertRefused(403, "Y470002", citizen.post(redirectToIdp, withCsrf(tile, null)));
    assertRefused(403, "Y470001", citizen.post(redirectToIdp, withCsrf(tile, "x")));
    assertEquals(303, citizen.post(redirectToIdp, tile).statusCode());

    HttpRequest.Builder backToSp =
        HttpRequest.newBuilder(fc.url("/api/v2/redirect-to-sp-with-error?uid=" + tile.get("uid")))
            .header("Cookie", "fc_interaction=" + cookieValue(authorize, "fc_interaction"));
    assertRefused(403, "Y470003", fc.http().send(backToSp.copy().header("Sec-Fetch-Site", "cross-site").build()));
    assertEquals(303, fc.http().send(backToSp.build()).statusCode(), "the same request from fc's page");

    Browser another = new Browser();
    HttpResponse<String> informationPage = BrokeredLoginIT.loginAtIdp(fc, another, "impots", "test");
    Map<String, String> information = Browser.hiddenFields(informationPage.body());
    URI login = fc.url("/api/v2/login");

    assertRefused(403, "Y470002", another.post(login, withCsrf(information, null)));
    assertRefused(403, "Y470001", another.post(login, withCsrf(information, "x")));
    URI changeAccount = fc.url("/api/v2/change-account");
    assertRefused(403, "Y470002", another.post(changeAccount, withCsrf(information, null)));
    assertRefused(403, "Y470001", another.post(changeAccount, withCsrf(information, "x")));
    URI back = Browser.location(another.post(login, information));
    assertTrue(back.toString().startsWith(AuthorizeIT.redirectUri(fc) + "?code="), back.toString());
  }

  @Test
  void theLoginCookiesAreHttpOnlyLaxAndSentToTheApiOnly(FcPlatform fc) throws Exception {
    HttpResponse<String> authorize = AuthorizeIT.authorize(fc, AuthorizeIT.request(fc));
    Browser browser = new Browser();
    HttpResponse<String> callback = browser.follow(BrokeredLoginIT.submitIdpLogin(fc, browser, "impots", "test"));

    assertLoginCookieFlags(setCookie(authorize, "fc_interaction"));
    assertLoginCookieFlags(setCookie(callback, "fc_session_id"));
  }

  @Test
  void eachIdpLoginGivesTheBrowserANewSessionAndTheOldOneNoLongerSkipsTheIdp(FcPlatform fc) throws Exception {
    Browser browser = new Browser();
    String first = sessionIdOfALogin(fc, browser, AuthorizeIT.request(fc));
    Map<String, String> fresh = AuthorizeIT.request(fc);
    // max_age=0 makes any SP's login go to the IdP; prompt=login does only for whitelisted SPs.
    fresh.put("max_age", "0");

    String second = sessionIdOfALogin(fc, browser, fresh);

    assertNotEquals(first, second);
    assertTrue(nextStepWithSession(fc, second).getPath().endsWith("/consent"), "the new session skips the IdP");
    URI withTheOld = nextStepWithSession(fc, first);
    assertTrue(withTheOld.getPath().matches(".*/interaction/[^/]+"), "the old one is over: " + withTheOld);
  }

  @Test
  void markupInARequestNeverReachesAPageUnescaped(FcPlatform fc) throws Exception {
    String markup = "&%3Cscript%3E=%3Cb%3Ex&%3Cscript%3E=2";

    HttpResponse<String> refused =
        fc.http().get(fc.url("/api/v2/authorize?" + AuthorizeIT.form(AuthorizeIT.request(fc)) + markup));

    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("&lt;script&gt; is given more than once"), "named, escaped: " + refused.body());
    assertNoMarkup(refused.body());
    Browser citizen = new Browser();
    HttpResponse<String> choice = citizen.follow(citizen.get(AuthorizeIT.url(fc, AuthorizeIT.request(fc))));
    HttpResponse<String> failed = citizen.get(URI.create(choice.uri() + "?idp_failed=%3Cb%3Ex"));
    assertEquals(200, failed.statusCode(), failed.body());
    assertNoMarkup(failed.body());
  }

  @Test
  void pagesAreNeitherFramedCachedNorScriptedAndLeakNoReferrer(FcPlatform fc) throws Exception {
    Browser citizen = new Browser();
    HttpResponse<String> choice = citizen.follow(citizen.get(AuthorizeIT.url(fc, AuthorizeIT.request(fc))));
    HttpResponse<String> error = AuthorizeIT.authorize(fc, AuthorizeIT.request(fc, "unknown-client"));

    assertEquals(200, choice.statusCode());
    assertEquals(400, error.statusCode());
    for (HttpResponse<String> page : List.of(choice, error)) {
      assertEquals(PAGE_POLICY, header(page, "Content-Security-Policy"));
      assertEquals("DENY", header(page, "X-Frame-Options"));
      assertEquals("same-origin", header(page, "Cross-Origin-Opener-Policy"));
      assertEquals("same-origin", header(page, "Referrer-Policy"));
      assertEquals("no-store", header(page, "Cache-Control"));
      assertEquals("nosniff", header(page, "X-Content-Type-Options"));
    }
  }

  @Test
  void theSpacesAndTheAuditorsPagesAreNeitherFramedNorCachedNorSniffed(FcPlatform fc) throws Exception {
    for (String path : List.of("/espace/connexion.xhtml", "/espace/", "/audit/", "/audit/login.xhtml")) {
      HttpResponse<String> page = fc.http().get(fc.url(path));
      assertTrue(header(page, "Content-Security-Policy").contains("frame-ancestors 'none'"), path + ": " + page.headers());
      assertEquals("DENY", header(page, "X-Frame-Options"), path);
      assertEquals("nosniff", header(page, "X-Content-Type-Options"), path);
      assertEquals("no-store", header(page, "Cache-Control"), path);
      assertEquals("no-referrer", header(page, "Referrer-Policy"), path);
    }
  }

  @Test
  void aCompleteLoginLeavesNoCodeTokenOrSecretInTheServerLog(FcPlatform fc) throws Exception {
    RoutedLogin.Outcome login = new RoutedLogin(fc, new Browser(), List.of(fc.url(""))).run(true);

    // Whatever the log's encoding, every byte decodes; what is looked for is ASCII.
    String log = new String(Files.readAllBytes(fc.firstNode().serverLog()), StandardCharsets.ISO_8859_1);

    assertFalse(log.contains(login.code()), "the code");
    assertFalse(log.contains((String) login.tokens().get("access_token")), "the access token");
    assertFalse(log.contains((String) login.tokens().get("id_token")), "the ID token");
    assertFalse(log.contains(TokenIT.SECRET), "the SP's secret");
  }

  @Test
  void aClientRefusedAfterAuthenticatingWithBasicIsChallengedWithBasic(FcPlatform fc) throws Exception {
    byte[] credentials = (TokenIT.CLIENT_ID + ":wrong-secret").getBytes(StandardCharsets.UTF_8);
    String basic = "Basic " + Base64.getEncoder().encodeToString(credentials);

    HttpResponse<String> refused =
        fc.http().send(TokenIT.tokenRequest(fc, "any-code", new LinkedHashMap<>()).header("Authorization", basic).build());

    assertEquals(401, refused.statusCode(), refused.body());
    assertEquals("invalid_client", Http.json(refused.body()).get("error"));
    assertTrue(header(refused, "WWW-Authenticate").startsWith("Basic"), "RFC 6749 5.2: " + refused.headers().map());
  }

  @Test
  void userinfoAnswersAPostWithTheBearerHeaderAndNoBody(FcPlatform fc) throws Exception {
    Map<String, Object> tokens = new RoutedLogin(fc, new Browser(), List.of(fc.url(""))).run(true).tokens();

    HttpResponse<String> userinfo =
        fc.http().send(
            HttpRequest.newBuilder(fc.url("/api/v2/userinfo"))
                .header("Authorization", "Bearer " + tokens.get("access_token"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());

    assertEquals(200, userinfo.statusCode(), userinfo.body());
    assertTrue(header(userinfo, "Content-Type").startsWith("application/jwt"), header(userinfo, "Content-Type"));
    String sub = TokenIT.verified(fc, (String) tokens.get("id_token")).getSubject();
    assertEquals(sub, TokenIT.verified(fc, userinfo.body()).getSubject());
  }

  @Test
  void theSpsStateComesBackAsItWasSentWhateverItsCharacters(FcPlatform fc) throws Exception {
    String state = "a%41b {x}+&=é";
    Map<String, String> request = AuthorizeIT.request(fc);
    request.put("state", state);

    URI withCode = BrokeredLoginIT.loginThrough(fc, new Browser(), AuthorizeIT.url(fc, request), "impots", "test");

    assertTrue(AuthorizeIT.query(withCode).containsKey("code"), withCode.toString());
    assertEquals(state, AuthorizeIT.query(withCode).get("state"), withCode.toString());
    request.remove("response_type");
    URI withError = Browser.location(AuthorizeIT.authorize(fc, request));
    assertEquals("invalid_request", AuthorizeIT.query(withError).get("error"), withError.toString());
    assertEquals(state, AuthorizeIT.query(withError).get("state"), withError.toString());
  }

  @Test
  void aCodeIssuedWithAChallengeNeedsItsVerifierAndOneWithoutRefusesAVerifier(FcPlatform fc) throws Exception {
    String verifier = pkceVerifier();
    Map<String, String> challenged = AuthorizeIT.request(fc);
    challenged.put("code_challenge", s256(verifier));
    challenged.put("code_challenge_method", "S256");

    // TokenService takes the code away before it checks the verifier: a refused code is spent, so one login each.
    assertTokenError(redeem(fc, codeOf(fc, challenged), null), 400, "invalid_grant", PKCE_FAILED);
    assertTokenError(redeem(fc, codeOf(fc, challenged), pkceVerifier()), 400, "invalid_grant", PKCE_FAILED);
    HttpResponse<String> proven = redeem(fc, codeOf(fc, challenged), verifier);
    assertEquals(200, proven.statusCode(), proven.body());
    assertTokenError(redeem(fc, codeOf(fc, AuthorizeIT.request(fc)), verifier), 400, "invalid_grant", PKCE_FAILED);
  }

  @Test
  void aCodeReplayedAfterItsLifetimeIsRefusedAndItsAccessTokenRevoked(FcPlatform fc) throws Exception {
    String redeemed = codeOf(fc, AuthorizeIT.request(fc));
    String neverRedeemed = codeOf(fc, AuthorizeIT.request(fc));
    Instant bothIssued = Instant.now();
    HttpResponse<String> tokens = redeem(fc, redeemed, null);
    assertEquals(200, tokens.statusCode(), tokens.body());
    String accessToken = (String) Http.json(tokens.body()).get("access_token");

    Thread.sleep(Math.max(0, Duration.between(Instant.now(), bothIssued.plus(CODE_LIFETIME).plusSeconds(1)).toMillis()));

    assertEquals(200, TokenIT.userinfo(fc, accessToken).statusCode(), "the access token outlives its code");
    assertTokenError(redeem(fc, redeemed, null), 400, "invalid_grant", CODE_NOT_FOUND);
    // RedeemedCodes keeps a redemption as long as its access token lives: the replay still revokes it.
    HttpResponse<String> revoked = TokenIT.userinfo(fc, accessToken);
    assertTrue(
        Duration.between(bothIssued, Instant.now()).compareTo(ACCESS_TOKEN_LIFETIME) < 0,
        "asked while the access token would still live: the 401 is the replay's");
    assertTokenError(revoked, 401, "invalid_token", "invalid token provided (access token not found)");
    assertTokenError(redeem(fc, neverRedeemed, null), 400, "invalid_grant", CODE_NOT_FOUND);
  }

  @Test
  void anIdpAnswerWithoutItsStateOrWithAnotherIsRefused(FcPlatform fc) throws Exception {
    Browser citizen = new Browser();
    URI answer = Browser.location(BrokeredLoginIT.submitIdpLogin(fc, citizen, "impots", "test"));
    String state = AuthorizeIT.query(answer).get("state");

    assertRefused(400, "Y020021", citizen.get(withState(answer, null)));
    assertRefused(400, "Y020022", citizen.get(withState(answer, state + "x")));

    // A refusal changes nothing (IdpLoginService.callback checks the state first; FcExceptionMapper renders the
    // page): the interaction and its IdP login are kept, and the IdP's own answer still goes through.
    URI information = Browser.location(citizen.get(answer));
    assertTrue(information.getPath().endsWith("/consent"), information.toString());
    Map<String, String> form = Browser.hiddenFields(citizen.get(information).body());
    URI back = Browser.location(citizen.post(fc.url("/api/v2/login"), form));
    assertTrue(back.toString().startsWith(AuthorizeIT.redirectUri(fc) + "?code="), back.toString());
  }

  @Test
  void anIdpAnswerSentAgainAfterItsIdentityWasVerifiedIsRefusedAndTheLoginGoesOn(FcPlatform fc) throws Exception {
    Browser citizen = new Browser();
    URI answer = Browser.location(BrokeredLoginIT.submitIdpLogin(fc, citizen, "impots", "test"));
    URI information = Browser.location(citizen.get(answer));
    assertTrue(information.getPath().endsWith("/consent"), information.toString());

    // Spent: fc does not send the IdP's code back to the IdP, nor lose the identity it verified.
    assertRefused(400, "Y020022", citizen.get(answer));

    Map<String, String> form = Browser.hiddenFields(citizen.get(information).body());
    URI back = Browser.location(citizen.post(fc.url("/api/v2/login"), form));
    assertTrue(back.toString().startsWith(AuthorizeIT.redirectUri(fc) + "?code="), back.toString());
  }

  @Test
  void anIdpAnswerDeliveredTwiceAtOnceIsTakenOnceAndTheLoginGoesOn(FcPlatform fc) throws Exception {
    for (int attempt = 0; attempt < 5; attempt++) {
      Browser citizen = new Browser();
      URI answer = Browser.location(BrokeredLoginIT.submitIdpLogin(fc, citizen, "impots", "test"));
      CyclicBarrier together = new CyclicBarrier(2);
      ExecutorService twice = Executors.newFixedThreadPool(2);
      List<Future<HttpResponse<String>>> deliveries = new ArrayList<>();
      try {
        for (int i = 0; i < 2; i++) {
          deliveries.add(twice.submit(() -> {
            together.await();
            return citizen.get(answer);
          }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> delivery : deliveries) {
          statuses.add(delivery.get().statusCode());
        }
        Collections.sort(statuses);
        assertEquals(List.of(303, 400), statuses, "one delivery taken, the other refused");
      } finally {
        twice.shutdownNow();
      }
      boolean firstTaken = deliveries.get(0).get().statusCode() == 303;
      HttpResponse<String> taken = deliveries.get(firstTaken ? 0 : 1).get();
      assertRefused(400, "Y020022", deliveries.get(firstTaken ? 1 : 0).get());
      URI information = Browser.location(taken);
      Map<String, String> form = Browser.hiddenFields(citizen.get(information).body());
      URI back = Browser.location(citizen.post(fc.url("/api/v2/login"), form));
      assertTrue(back.toString().startsWith(AuthorizeIT.redirectUri(fc) + "?code="), "the verified login goes on: " + back);
    }
  }

  /** The code the demo SP gets for this request, after a login through the demo IdP in a fresh browser. */
  private static String codeOf(FcPlatform fc, Map<String, String> request) throws Exception {
    URI back = BrokeredLoginIT.loginThrough(fc, new Browser(), AuthorizeIT.url(fc, request), "impots", "test");
    String code = AuthorizeIT.query(back).get("code");
    assertNotNull(code, back.toString());
    return code;
  }

  /** The demo SP's token request (client_secret_post), with this PKCE verifier unless null. */
  private static HttpResponse<String> redeem(FcPlatform fc, String code, String verifier) throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("client_id", TokenIT.CLIENT_ID);
    form.put("client_secret", TokenIT.SECRET);
    if (verifier != null) {
      form.put("code_verifier", verifier);
    }
    return fc.http().send(TokenIT.tokenRequest(fc, code, form).build());
  }

  /** A fresh PKCE verifier: 32 random bytes, base64url, 43 characters (RFC 7636 section 4.1). */
  private static String pkceVerifier() {
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  /** The S256 challenge of a verifier: base64url(SHA-256(verifier)), unpadded (RFC 7636 section 4.2). */
  private static String s256(String verifier) throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
  }

  /** The IdP's answer without its state (null) or with another; its other parameters as the IdP sent them. */
  private static URI withState(URI answer, String state) {
    String kept =
        Arrays.stream(answer.getRawQuery().split("&"))
            .filter(pair -> !pair.startsWith("state="))
            .collect(Collectors.joining("&"));
    String query = state == null ? kept : kept + "&state=" + URLEncoder.encode(state, StandardCharsets.UTF_8);
    String url = answer.toString();
    return URI.create(url.substring(0, url.indexOf('?') + 1) + query);
  }

  /** The fc_session_id the callback of a login through the demo IdP sets in this browser. */
  private static String sessionIdOfALogin(FcPlatform fc, Browser browser, Map<String, String> request)
      throws Exception {
    URI authorize = AuthorizeIT.url(fc, request);
    HttpResponse<String> callback = browser.follow(BrokeredLoginIT.submitIdpLogin(fc, browser, authorize, "impots", "test"));
    return cookieValue(callback, "fc_session_id");
  }

  /** Where the demo SP's authorization request goes from a browser holding only that session cookie. */
  private static URI nextStepWithSession(FcPlatform fc, String sessionId) throws Exception {
    HttpRequest authorize = AuthorizeIT.get(fc, AuthorizeIT.request(fc)).header("Cookie", "fc_session_id=" + sessionId).build();
    return Browser.location(fc.http().send(authorize));
  }

  private static Map<String, String> withCsrf(Map<String, String> form, String csrf) {
    Map<String, String> forged = new LinkedHashMap<>(form);
    if (csrf == null) {
      forged.remove("csrf");
    } else {
      forged.put("csrf", csrf);
    }
    return forged;
  }

  private static void assertRefused(int status, String code, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(response.body().contains(code), code + " expected: " + response.body());
    assertTrue(response.headers().firstValue("Location").isEmpty(), "no redirect");
  }

  private static void assertTokenError(HttpResponse<String> response, int status, String error, String description)
      throws Exception {
    assertEquals(status, response.statusCode(), response.body());
    Map<String, Object> body = Http.json(response.body());
    assertEquals(error, body.get("error"), response.body());
    assertEquals(description, body.get("error_description"), response.body());
  }

  private static void assertNoMarkup(String body) {
    assertFalse(body.toLowerCase(Locale.ROOT).contains("<script"), body);
    assertFalse(body.contains("<b>x"), body);
  }

  /** HttpOnly, SameSite=Lax, Path=/api; no Secure on the tests' loopback http issuer. Names are case-insensitive. */
  private static void assertLoginCookieFlags(String setCookie) {
    List<String> attributes =
        Arrays.stream(setCookie.split(";")).skip(1).map(a -> a.trim().toLowerCase(Locale.ROOT)).toList();
    assertTrue(attributes.contains("httponly"), setCookie);
    assertTrue(attributes.contains("samesite=lax"), setCookie);
    assertTrue(attributes.contains("path=/api"), setCookie);
    assertFalse(attributes.contains("secure"), setCookie);
  }

  private static String setCookie(HttpResponse<?> response, String name) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(cookie -> cookie.startsWith(name + "="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " in " + response.headers().allValues("Set-Cookie")));
  }

  private static String cookieValue(HttpResponse<?> response, String name) {
    return setCookie(response, name).substring(name.length() + 1).split(";", 2)[0];
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse("");
  }
}
