package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import fr.fc.audit.AuditChain.StoredRow;
import fr.fc.audit.AuditContext;
import fr.fc.audit.AuditEvent;
import fr.fc.audit.AuditRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An IdP slow, down, or answering garbage (issue 18): what the citizen sees, how fast fc detects
 * it, that it recovers by itself, and that no audit event is lost. The IdP is the test's own, on a
 * loopback port, registered through the admin API and found by its discovery document; it logs in
 * anyone at once as the sandbox's citizen, and its token and userinfo endpoints fail as each test
 * says. Each test: a citizen's login meets the fault and comes back to the choice page with a
 * notice, within a bound (a hang detector; the figure is printed); the trail holds that login's one
 * IDP_LOGIN_FAILED with the step's code and nothing after it; then, the IdP normal again, the same
 * citizen in the same browser chooses it again and gets a code for the SP.
 */
@ExtendWith(SystemTest.class)
class IdpFaultIT {

  /** fc.federation.idp-timeout: its default, which FcPlatform leaves (it sets no FC_FEDERATION_IDP_TIMEOUT). */
  static final Duration IDP_TIMEOUT = Duration.ofSeconds(10);
  /** The longest a callback may take when the IdP fails at once (refused, closed, garbage): a hang detector. */
  static final Duration FAST_FAILURE = Duration.ofSeconds(5);
  static final String TOKEN_FAILED = "Y020026";
  static final String USERINFO_FAILED = "Y020027";

  /** A login's events up to the IdP's failure: nothing after it. */
  private static final List<AuditEvent> FAILED_ATTEMPT =
      List.of(
          AuditEvent.AUTHORIZE_INITIATED, AuditEvent.IDP_CHOICE_SHOWN, AuditEvent.IDP_REDIRECTED,
          AuditEvent.IDP_LOGIN_FAILED);
  /** The same login once the citizen tried again, up to the SP's code: each step once, none lost. */
  private static final List<AuditEvent> FAILED_THEN_LOGGED_IN =
      Stream.concat(
              FAILED_ATTEMPT.stream(),
              AuditTrailRows.COMPLETE_LOGIN
                  .subList(1, AuditTrailRows.COMPLETE_LOGIN.indexOf(AuditEvent.REDIRECTED_TO_SP) + 1)
                  .stream())
          .toList();
  private static final Pattern NOTICE = Pattern.compile("role=\"alert\">\\s*<p>([^<]*)</p>");
  private static final String FAILED_PAGE_TITLE = "<title>Erreur - Connexion - Choix du compte";
  private static final List<String> REPORT = Collections.synchronizedList(new ArrayList<>());

  private static FaultyIdp idp;
  private static boolean registered;
  private static String notice;

  @BeforeAll
  static void startAndRegisterTheIdp(FcPlatform fc) throws Exception {
    idp = new FaultyIdp();
    Map<String, Object> created =
        RegistryApi.created(fc, RegistryApi.operator(fc), RegistryApi.IDENTITY_PROVIDERS, idp.registration());
    registered = true;
    assertEquals(List.of(), created.get("warnings"), "fc read the IdP's discovery document: " + created);
  }

  @AfterAll
  static void printTheReportAndRemoveTheIdp(FcPlatform fc) throws Exception {
    if (!REPORT.isEmpty()) {
      List<String> lines = new ArrayList<>();
      lines.add("IdpFaultIT: a faulty IdP, fc.federation.idp-timeout " + IDP_TIMEOUT.toSeconds() + " s (default)");
      lines.add(
          String.format(
              "  %-42s %-8s %-20s %-12s %s", "fault", "code", "citizen saw", "detected in",
              "recovery (IdP normal again -> SP's code)"));
      lines.addAll(REPORT);
      lines.add("  the notice: \"" + notice + "\"");
      System.out.println(String.join(System.lineSeparator(), lines));
    }
    try {
      if (registered) {
        assertEquals(
            204,
            RegistryApi.delete(fc, RegistryApi.operator(fc), RegistryApi.IDENTITY_PROVIDERS + "/" + idp.id).statusCode(),
            "off the choice page that other tests read");
      }
    } finally {
      if (idp != null) {
        idp.close();
      }
    }
  }

  @Test
  void aTokenEndpointSlowerThanTheTimeoutIsGivenUpOnAndOnlyItsLoginsWait(FcPlatform fc) throws Exception {
    failsThenRecovers(fc, Fault.SLOW_TOKEN);
  }

  @Test
  void aTokenEndpointThatDropsTheConnectionSendsTheCitizenBackToTheChoice(FcPlatform fc) throws Exception {
    failsThenRecovers(fc, Fault.TOKEN_CONNECTION_CLOSED);
  }

  @Test
  void aStoppedIdpIsFoundDownAtOnceAndServesAgainOnceRestartedOnItsPort(FcPlatform fc) throws Exception {
    failsThenRecovers(fc, Fault.IDP_STOPPED);
  }

  @Test
  void aTokenEndpointAnsweringAnErrorPageSendsTheCitizenBackToTheChoice(FcPlatform fc) throws Exception {
    failsThenRecovers(fc, Fault.TOKEN_ERROR_PAGE);
  }

  @Test
  void aTokenAnswerThatIsNotJsonSendsTheCitizenBackToTheChoice(FcPlatform fc) throws Exception {
    failsThenRecovers(fc, Fault.TOKEN_NOT_JSON);
  }

  @Test
  void aMegabyteTokenAnswerIsCutAtTheBound(FcPlatform fc) throws Exception {
    failsThenRecovers(fc, Fault.TOKEN_OVERSIZED);
  }

  @Test
  void anIdTokenSignedWithAnotherKeyUnderTheIdpsKidIsRefused(FcPlatform fc) throws Exception {
    failsThenRecovers(fc, Fault.ID_TOKEN_OF_ANOTHER_KEY);
  }

  @Test
  void aUserinfoEndpointSlowerThanTheTimeoutIsGivenUpOnAndOnlyItsLoginsWait(FcPlatform fc) throws Exception {
    failsThenRecovers(fc, Fault.SLOW_USERINFO);
  }

  @Test
  void aUserinfoEndpointThatDropsTheConnectionSendsTheCitizenBackToTheChoice(FcPlatform fc) throws Exception {
    failsThenRecovers(fc, Fault.USERINFO_CONNECTION_CLOSED);
  }

  @Test
  void aUserinfoAnswerThatIsNotJsonSendsTheCitizenBackToTheChoice(FcPlatform fc) throws Exception {
    failsThenRecovers(fc, Fault.USERINFO_NOT_JSON);
  }

  /** One login meets the fault; the same citizen tries again once the IdP is normal. */
  private static void failsThenRecovers(FcPlatform fc, Fault fault) throws Exception {
    idp.up();
    idp.behave(fault == Fault.IDP_STOPPED ? null : fault);
    Browser browser = new Browser();
    URI interaction = Browser.location(browser.get(AuthorizeIT.url(fc, AuthorizeIT.request(fc))));
    String flowId = AuditContext.flowIdOf(interaction.getPath().substring(interaction.getPath().lastIndexOf('/') + 1));
    URI callback = throughTheIdp(fc, browser, page(browser.get(interaction)));
    if (fault == Fault.IDP_STOPPED) {
      idp.stop();
    }
    int callsBefore = idp.calls(fault.endpoint);

    Timed failed;
    Timed otherLogin = null;
    boolean slowStillWaiting = false;
    if (fault.slow()) {
      ExecutorService citizen = Executors.newSingleThreadExecutor();
      try {
        Future<Timed> slow = citizen.submit(() -> timed(() -> browser.get(callback)));
        otherLogin = timed(() -> BrokeredLoginIT.loginAtIdp(fc, new Browser(), "impots", "test"));
        slowStillWaiting = !slow.isDone();
        failed = slow.get(IDP_TIMEOUT.toSeconds() + 20, TimeUnit.SECONDS);
      } finally {
        citizen.shutdownNow();
      }
    } else {
      failed = timed(() -> browser.get(callback));
    }
    idp.release();

    // What the citizen sees: the choice page of the same login, which names the IdP that failed.
    assertEquals(303, failed.response().statusCode(), fault + ": " + failed.response().body());
    URI back = Browser.location(failed.response());
    assertEquals(interaction.getPath(), back.getPath(), fault + ": back on the choice of the same login");
    assertEquals(idp.title, AuthorizeIT.query(back).get("idp_failed"), fault + ": " + back);
    assertTrue(
        failed.duration().compareTo(fault.bound()) < 0,
        fault + ": the callback answered after " + failed.duration().toMillis() + " ms, bound " + fault.bound());
    if (fault == Fault.IDP_STOPPED) {
      assertEquals(callsBefore, idp.calls(fault.endpoint), "nothing reached the stopped IdP");
    } else {
      assertTrue(idp.calls(fault.endpoint) > callsBefore, fault + ": the failure is the " + fault.endpoint + " call's");
    }
    if (fault.slow()) {
      assertEquals(200, otherLogin.response().statusCode(), "another citizen logs in at another IdP meanwhile");
      assertTrue(
          slowStillWaiting,
          "the other login (" + otherLogin.duration().toMillis() + " ms) ended while the slow callback still waited");
    }

    // The trail: the login up to its one failure, with the step's code, and nothing after it.
    List<AuditRecord> attempt = flow(fc, flowId, AuditEvent.IDP_LOGIN_FAILED);
    assertEquals(FAILED_ATTEMPT, events(attempt), fault.name());
    AuditRecord failure = attempt.get(attempt.size() - 1);
    assertEquals(fault.code, failure.errorCode(), fault.name());
    assertEquals(idp.id, failure.idpId(), fault.name());

    HttpResponse<String> choice = page(browser.get(back));
    notice = assertChoiceWithNotice(choice);

    // Recovery: nothing done on fc; the IdP answers again and the same citizen chooses it again.
    long recovering = System.nanoTime();
    if (fault == Fault.IDP_STOPPED) {
      idp.restart();
    } else {
      idp.behave(null);
    }
    URI again = throughTheIdp(fc, browser, choice);
    Timed loggedIn = timed(() -> browser.get(again));
    assertEquals(
        303, loggedIn.response().statusCode(),
        fault + ", IdP normal again: " + loggedIn.response().body() + " (test IdP: " + idp.refusal + ")");
    URI information = Browser.location(loggedIn.response());
    assertEquals(interaction.getPath() + "/consent", information.getPath(), fault + ": on to the information page");
    HttpResponse<String> informationPage = page(browser.get(information));
    assertTrue(informationPage.body().contains("Angela Claire Louise DUBOIS"), informationPage.body());
    URI sp = Browser.location(browser.post(fc.url("/api/v2/login"), Browser.hiddenFields(informationPage.body())));
    assertTrue(sp.toString().startsWith(AuthorizeIT.redirectUri(fc) + "?"), sp.toString());
    assertTrue(AuthorizeIT.query(sp).get("code").length() >= 43, "a code for the SP: " + sp);
    Duration recovery = Duration.ofNanos(System.nanoTime() - recovering);

    // The whole login in the trail: each step once, the failure once, none lost.
    assertEquals(FAILED_THEN_LOGGED_IN, events(flow(fc, flowId, AuditEvent.REDIRECTED_TO_SP)), fault.name());

    REPORT.add(
        String.format(
            "  %-42s %-8s %-20s %8d ms   %s",
            fault.what, failure.errorCode(), "303, choice+notice", failed.duration().toMillis(),
            (fault == Fault.IDP_STOPPED ? "restarted, code after " : "next try, code after ")
                + recovery.toMillis() + " ms (callback " + loggedIn.duration().toMillis() + " ms)"));
    if (otherLogin != null) {
      REPORT.add(
          "    meanwhile another citizen logged in at impots in " + otherLogin.duration().toMillis()
              + " ms, the slow callback still waiting");
    }
  }

  /** The citizen chooses the test IdP, which logs them in at once: fc's callback, as the IdP sends them to it. */
  private static URI throughTheIdp(FcPlatform fc, Browser browser, HttpResponse<String> choice) throws Exception {
    Map<String, String> tile = Browser.hiddenFields(choice.body());
    tile.put("idp", idp.id);
    URI authorization = Browser.location(browser.post(fc.url("/api/v2/redirect-to-idp"), tile));
    assertTrue(authorization.toString().startsWith(idp.issuer + "/authorize?"), authorization.toString());
    URI callback = Browser.location(browser.get(authorization));
    assertTrue(callback.toString().startsWith(fc.issuer() + "/oidc-callback?"), callback.toString());
    return callback;
  }

  /** The choice page titled as a failure, its notice naming the IdP, which is still offered; the notice's text. */
  private static String assertChoiceWithNotice(HttpResponse<String> page) {
    assertTrue(page.body().contains(FAILED_PAGE_TITLE), "a title that tells of the failure (RGAA 8.6): " + page.body());
    Matcher alert = NOTICE.matcher(page.body());
    assertTrue(alert.find(), "a notice: " + page.body());
    String text = alert.group(1).replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&").trim();
    assertTrue(text.contains(idp.title), text);
    assertTrue(page.body().contains("name=\"idp\" value=\"" + idp.id + "\""), "the IdP is offered again");
    assertFalse(page.body().contains("DUBOIS"), "nothing of a failed login's identity");
    return text;
  }

  /** The flow's events, once this one has reached the trail. */
  private static List<AuditRecord> flow(FcPlatform fc, String flowId, AuditEvent awaited) throws Exception {
    return AuditTrailRows.ofFlow(
            AuditTrailRows.awaitRow(fc, row -> flowId.equals(row.record().flowId()) && row.record().event() == awaited),
            flowId)
        .stream()
        .map(StoredRow::record)
        .toList();
  }

  private static List<AuditEvent> events(List<AuditRecord> records) {
    return records.stream().map(AuditRecord::event).toList();
  }

  private static HttpResponse<String> page(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.uri() + ": " + response.body());
    return response;
  }

  private static Timed timed(Callable<HttpResponse<String>> request) throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> response = request.call();
    return new Timed(response, Duration.ofNanos(System.nanoTime() - start));
  }

  private record Timed(HttpResponse<String> response, Duration duration) {}

  private enum Endpoint { TOKEN, USERINFO }

  /** How the IdP fails, at which of its endpoints, and the code fc records for it. */
  private enum Fault {
    SLOW_TOKEN(Endpoint.TOKEN, TOKEN_FAILED, "token: slower than fc's timeout"),
    TOKEN_CONNECTION_CLOSED(Endpoint.TOKEN, TOKEN_FAILED, "token: connection closed, no answer"),
    IDP_STOPPED(Endpoint.TOKEN, TOKEN_FAILED, "IdP stopped: connection refused"),
    TOKEN_ERROR_PAGE(Endpoint.TOKEN, TOKEN_FAILED, "token: 502 and an HTML page"),
    TOKEN_NOT_JSON(Endpoint.TOKEN, TOKEN_FAILED, "token: 200 \"not json\""),
    TOKEN_OVERSIZED(Endpoint.TOKEN, TOKEN_FAILED, "token: 200 and 1 MiB of JSON"),
    ID_TOKEN_OF_ANOTHER_KEY(Endpoint.TOKEN, TOKEN_FAILED, "token: ID token signed by another key"),
    SLOW_USERINFO(Endpoint.USERINFO, USERINFO_FAILED, "userinfo: slower than fc's timeout"),
    USERINFO_CONNECTION_CLOSED(Endpoint.USERINFO, USERINFO_FAILED, "userinfo: connection closed, no answer"),
    USERINFO_NOT_JSON(Endpoint.USERINFO, USERINFO_FAILED, "userinfo: 200 \"not json\"");

    final Endpoint endpoint;
    final String code;
    final String what;

    Fault(Endpoint endpoint, String code, String what) {
      this.endpoint = endpoint;
      this.code = code;
      this.what = what;
    }

    boolean slow() {
      return this == SLOW_TOKEN || this == SLOW_USERINFO;
    }

    /** Whether the endpoint itself misbehaves: a forged ID token comes in an answer otherwise normal. */
    boolean breaks(Endpoint at) {
      return endpoint == at && this != ID_TOKEN_OF_ANOTHER_KEY && this != IDP_STOPPED;
    }

    Duration bound() {
      return slow() ? IDP_TIMEOUT.plusSeconds(5) : FAST_FAILURE;
    }
  }

  /**
   * An IdP on a loopback port, with its own threads: discovery, an ES256 key at its jwks_uri, an
   * authorization endpoint that sends anyone straight back to fc with a code, and token and
   * userinfo endpoints that answer as the sandbox's IdP does for its citizen "test", or fail.
   */
  private static final class FaultyIdp implements AutoCloseable {

    static final String CLIENT_ID = "fc";
    static final String SUBJECT = "test-idp-subject-of-angela-dubois";
    static final String OVERSIZED = "{\"id_token\":\"" + "A".repeat(1 << 20) + "\"}";
    /** The sandbox IdP's userinfo for its account "test" (accounts.csv, DemoAccount.userinfo): the RNIPP simulator knows her. */
    static final Map<String, Object> CITIZEN = citizen();

    final String id = RegistryApi.uniqueId("idp");
    final String title = "Fournisseur de test des pannes " + id;
    final String issuer;
    volatile String refusal = "nothing refused";
    private final String secret = RegistryApi.randomHex();
    private final PublicJsonWebKey key;
    private final PublicJsonWebKey forger;
    private final ExecutorService threads =
        Executors.newFixedThreadPool(
            4,
            task -> {
              Thread thread = new Thread(task, "faulty-idp");
              thread.setDaemon(true);
              return thread;
            });
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private final Set<String> accessTokens = ConcurrentHashMap.newKeySet();
    private final Map<Endpoint, AtomicInteger> calls = new EnumMap<>(Endpoint.class);
    private final int port;
    private volatile Fault fault;
    private volatile CountDownLatch release = new CountDownLatch(1);
    private HttpServer server;
    private boolean stopped;

    FaultyIdp() throws Exception {
      key = EcJwkGenerator.generateJwk(EllipticCurves.P256);
      key.setKeyId("faulty-idp-es256");
      key.setUse("sig");
      key.setAlgorithm(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
      forger = EcJwkGenerator.generateJwk(EllipticCurves.P256);
      forger.setKeyId(key.getKeyId());
      for (Endpoint endpoint : Endpoint.values()) {
        calls.put(endpoint, new AtomicInteger());
      }
      server = bind(0);
      port = server.getAddress().getPort();
      issuer = "http://localhost:" + port;
    }

    /** Its entry in fc's registry (docs/registry.md); on the choice page, whose notice names only its IdPs. */
    Map<String, Object> registration() {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("id", id);
      entry.put("title", title);
      entry.put("issuer", issuer);
      entry.put("clientId", CLIENT_ID);
      entry.put("clientSecret", secret);
      entry.put("idTokenSigningAlg", "ES256");
      entry.put("userinfoSigningAlg", "ES256");
      entry.put("allowedAcrs", List.of("eidas1"));
      entry.put("display", true);
      return entry;
    }

    /** From now on, fails so (null: answers normally); a slow answer waits until {@link #release}. */
    void behave(Fault fault) {
      release.countDown();
      release = new CountDownLatch(1);
      this.fault = fault;
    }

    void release() {
      release.countDown();
    }

    int calls(Endpoint endpoint) {
      return calls.get(endpoint).get();
    }

    /** Down: the port refuses connections. */
    void stop() {
      server.stop(0);
      stopped = true;
    }

    /** Up, should a test have failed while it was down. */
    void up() throws Exception {
      if (stopped) {
        restart();
      }
    }

    /** Up again on the same port, with the same key. */
    void restart() throws Exception {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (true) {
        try {
          server = bind(port);
          stopped = false;
          return;
        } catch (BindException e) {
          if (System.nanoTime() > deadline) {
            throw e;
          }
          Thread.sleep(100);
        }
      }
    }

    @Override
    public void close() {
      release();
      if (!stopped) {
        server.stop(0);
      }
      threads.shutdownNow();
    }

    private HttpServer bind(int on) throws IOException {
      HttpServer bound = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), on), 0);
      bound.createContext("/.well-known/openid-configuration", guarded(exchange -> json(exchange, 200, discovery())));
      bound.createContext(
          "/jwks",
          guarded(exchange -> json(exchange, 200, new JsonWebKeySet(key).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY))));
      bound.createContext("/authorize", guarded(this::authorize));
      bound.createContext("/token", guarded(this::token));
      bound.createContext("/userinfo", guarded(this::userinfo));
      bound.setExecutor(threads);
      bound.start();
      return bound;
    }

    private String discovery() {
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("issuer", issuer);
      document.put("authorization_endpoint", issuer + "/authorize");
      document.put("token_endpoint", issuer + "/token");
      document.put("userinfo_endpoint", issuer + "/userinfo");
      document.put("jwks_uri", issuer + "/jwks");
      document.put("response_types_supported", List.of("code"));
      document.put("subject_types_supported", List.of("public"));
      document.put("id_token_signing_alg_values_supported", List.of("ES256"));
      document.put("userinfo_signing_alg_values_supported", List.of("ES256"));
      document.put("code_challenge_methods_supported", List.of("S256"));
      document.put("token_endpoint_auth_methods_supported", List.of("client_secret_post"));
      document.put("authorization_response_iss_parameter_supported", true);
      return JsonUtil.toJson(document);
    }

    /** No login form: the citizen is logged in at once and sent back with code, state and iss (RFC 9207). */
    private void authorize(HttpExchange exchange) throws IOException {
      Map<String, String> query = parameters(exchange.getRequestURI().getRawQuery());
      String code = RegistryApi.randomHex();
      grants.put(
          code,
          new Grant(
              query.get("nonce"), query.get("code_challenge"), query.get("redirect_uri"),
              query.getOrDefault("acr_values", "eidas1").split(" ")[0]));
      exchange.getResponseHeaders().set(
          "Location",
          query.get("redirect_uri") + "?code=" + code + "&state=" + encoded(query.get("state")) + "&iss=" + encoded(issuer));
      exchange.sendResponseHeaders(303, -1);
    }

    private void token(HttpExchange exchange) throws Exception {
      calls.get(Endpoint.TOKEN).incrementAndGet();
      Fault now = fault;
      if (now != null && now.breaks(Endpoint.TOKEN)) {
        fail(exchange, now);
        return;
      }
      Map<String, String> form = parameters(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      Grant grant = grants.remove(form.getOrDefault("code", ""));
      String wrong =
          grant == null ? "unknown code"
              : !"authorization_code".equals(form.get("grant_type")) ? "grant_type"
              : !grant.redirectUri().equals(form.get("redirect_uri")) ? "redirect_uri"
              : !CLIENT_ID.equals(form.get("client_id")) || !secret.equals(form.get("client_secret")) ? "client"
              : !grant.challenge().equals(s256(form.getOrDefault("code_verifier", ""))) ? "PKCE verifier"
              : null;
      if (wrong != null) {
        refusal = "token refused: " + wrong;
        json(exchange, 400, "{\"error\":\"invalid_grant\"}");
        return;
      }
      String accessToken = RegistryApi.randomHex();
      accessTokens.add(accessToken);
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("access_token", accessToken);
      answer.put("token_type", "Bearer");
      answer.put("expires_in", 60);
      answer.put("id_token", signed(idToken(grant), now == Fault.ID_TOKEN_OF_ANOTHER_KEY ? forger : key));
      json(exchange, 200, JsonUtil.toJson(answer));
    }

    /** The sandbox IdP's ID token (IdToken.claims): valid 60 s, with the nonce fc sent at authorize. */
    private JwtClaims idToken(Grant grant) {
      JwtClaims claims = new JwtClaims();
      NumericDate now = NumericDate.now();
      NumericDate expiry = NumericDate.fromSeconds(now.getValue() + 60);
      claims.setIssuer(issuer);
      claims.setSubject(SUBJECT);
      claims.setAudience(CLIENT_ID);
      claims.setIssuedAt(now);
      claims.setExpirationTime(expiry);
      claims.setClaim("auth_time", now.getValue());
      claims.setClaim("nonce", grant.nonce());
      claims.setClaim("acr", grant.acr());
      claims.setClaim("amr", List.of("pwd"));
      claims.setClaim("sid", RegistryApi.randomHex().substring(0, 32));
      return claims;
    }

    /** A signed userinfo (application/jwt), as registered: the IdP as issuer, fc as audience. */
    private void userinfo(HttpExchange exchange) throws Exception {
      calls.get(Endpoint.USERINFO).incrementAndGet();
      Fault now = fault;
      if (now != null && now.breaks(Endpoint.USERINFO)) {
        fail(exchange, now);
        return;
      }
      String authorization = exchange.getRequestHeaders().getFirst("Authorization");
      if (authorization == null
          || !authorization.startsWith("Bearer ")
          || !accessTokens.contains(authorization.substring("Bearer ".length()))) {
        refusal = "userinfo refused: unknown access token";
        json(exchange, 401, "{\"error\":\"invalid_token\"}");
        return;
      }
      JwtClaims claims = new JwtClaims();
      claims.setIssuer(issuer);
      claims.setAudience(CLIENT_ID);
      CITIZEN.forEach(claims::setClaim);
      answer(exchange, 200, "application/jwt", signed(claims, key));
    }

    private void fail(HttpExchange exchange, Fault how) throws Exception {
      switch (how) {
        case SLOW_TOKEN, SLOW_USERINFO -> {
          // Past fc's timeout; fc has hung up by the time the test releases it.
          release.await(IDP_TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS);
          exchange.close();
        }
        case TOKEN_CONNECTION_CLOSED, USERINFO_CONNECTION_CLOSED -> exchange.close(); // no status line: the connection closes
        case TOKEN_ERROR_PAGE -> answer(exchange, 502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>");
        case TOKEN_NOT_JSON, USERINFO_NOT_JSON -> json(exchange, 200, "not json");
        case TOKEN_OVERSIZED -> json(exchange, 200, OVERSIZED);
        default -> throw new IllegalStateException(how + " is no endpoint's behaviour");
      }
    }

    /** A handler that never lets an exception out: fc hanging up on a fault is expected, a test IdP error is noted. */
    private HttpHandler guarded(Step step) {
      return exchange -> {
        try {
          step.handle(exchange);
        } catch (IOException hungUp) {
          // fc closed the connection: past its timeout, or past its bound on the answer's size.
        } catch (Exception e) {
          refusal = "test IdP error: " + e;
          try {
            answer(exchange, 500, "text/plain", "test IdP error");
          } catch (IOException | RuntimeException alreadyAnswering) {
            // the status line had gone: the connection closes below
          }
        } finally {
          exchange.close();
        }
      };
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
      answer(exchange, status, "application/json", body);
    }

    private static void answer(HttpExchange exchange, int status, String contentType, String body) throws IOException {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", contentType);
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }

    private static String signed(JwtClaims claims, PublicJsonWebKey signer) throws JoseException {
      JsonWebSignature jws = new JsonWebSignature();
      jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
      jws.setKeyIdHeaderValue(signer.getKeyId());
      jws.setKey(signer.getPrivateKey());
      jws.setPayload(claims.toJson());
      return jws.getCompactSerialization();
    }

    private static String s256(String verifier) throws Exception {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    private static Map<String, String> parameters(String encoded) {
      Map<String, String> parameters = new LinkedHashMap<>();
      if (encoded == null || encoded.isEmpty()) {
        return parameters;
      }
      for (String pair : encoded.split("&")) {
        String[] nameValue = pair.split("=", 2);
        parameters.put(
            URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
            nameValue.length > 1 ? URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8) : "");
      }
      return parameters;
    }

    private static String encoded(String value) {
      return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Map<String, Object> citizen() {
      Map<String, Object> address = new LinkedHashMap<>();
      address.put("formatted", "20 avenue de Ségur, 75007 Paris, France");
      address.put("street_address", "20 avenue de Ségur");
      address.put("postal_code", "75007");
      address.put("locality", "Paris");
      address.put("country", "France");
      Map<String, Object> claims = new LinkedHashMap<>();
      claims.put("sub", SUBJECT);
      claims.put("given_name", "Angela Claire Louise");
      claims.put("family_name", "DUBOIS");
      claims.put("birthdate", "1962-08-24");
      claims.put("gender", "female");
      claims.put("birthplace", "75107");
      claims.put("birthcountry", "99100");
      claims.put("email", "angela.dubois@example.com");
      claims.put("preferred_username", "DUBOIS");
      claims.put("phone_number", "+33 6 12 34 56 78");
      claims.put("address", address);
      return Collections.unmodifiableMap(claims);
    }

    /** What fc asked at authorize, which its token request must match. */
    private record Grant(String nonce, String challenge, String redirectUri, String acr) {}

    @FunctionalInterface
    private interface Step {
      void handle(HttpExchange exchange) throws Exception;
    }
  }
}
