package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.audit.AuditChain.StoredRow;
import fr.fc.audit.AuditContext;
import fr.fc.audit.AuditEvent;
import fr.fc.audit.AuditRecord;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Independent software as the IdP: npm's oidc-provider, an OpenID Certified OpenID Provider, run by
 * upstream-idp.mjs, is registered in fc through the admin API and found by its discovery document;
 * a citizen logs in at it through fc. fc passes if it accepts what the library says (code flow with
 * PKCE, signed ID token and userinfo, RFC 9207's iss) and hands the register's identity to the SP.
 */
@ExtendWith(SystemTest.class)
class OidcProviderInteropIT {

  /** fc's client_id at the IdP. */
  static final String FC_CLIENT_ID = "fc";
  private static final Pattern FORM_ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\"");

  @Test
  void aCitizenLogsInThroughFcAtAnOidcProviderIdp(FcPlatform fc) throws Exception {
    try (UpstreamIdp upstream = UpstreamIdp.start(fc, "ES256")) {
      String idp = register(fc, upstream);

      Login login = login(fc, upstream, idp);

      HttpResponse<String> token = TokenIT.redeem(fc, login.code(), TokenIT.CLIENT_ID, TokenIT.SECRET);
      assertEquals(200, token.statusCode(), token.body());
      Map<String, Object> tokens = Http.json(token.body());
      JwtClaims idToken = TokenIT.verified(fc, (String) tokens.get("id_token"));
      assertEquals("eidas1", idToken.getStringClaimValue("acr"));
      HttpResponse<String> userinfo = TokenIT.userinfo(fc, (String) tokens.get("access_token"));
      assertEquals(200, userinfo.statusCode(), userinfo.body());
      JwtClaims citizen = TokenIT.verified(fc, userinfo.body());
      assertEquals(idToken.getSubject(), citizen.getSubject());
      assertEquals("Angela Claire Louise", citizen.getStringClaimValue("given_name"));
      assertEquals("DUBOIS", citizen.getStringClaimValue("family_name"));
      assertEquals("1962-08-24", citizen.getStringClaimValue("birthdate"));
      assertEquals("75107", citizen.getStringClaimValue("birthplace"));

      List<AuditRecord> trail =
          AuditTrailRows.ofFlow(
                  AuditTrailRows.awaitRow(
                      fc, row -> login.flowId().equals(row.record().flowId()) && row.record().event() == AuditEvent.USERINFO_ANSWERED),
                  login.flowId())
              .stream()
              .map(StoredRow::record)
              .toList();
      assertEquals(AuditTrailRows.COMPLETE_LOGIN, trail.stream().map(AuditRecord::event).toList());
      for (AuditRecord step : trail.subList(AuditTrailRows.COMPLETE_LOGIN.indexOf(AuditEvent.IDP_REDIRECTED), trail.size())) {
        assertEquals(idp, step.idpId(), step.event().name());
      }
    }
  }

  @Test
  void anOidcProviderIdpSigningWithRs256IsAcceptedToo(FcPlatform fc) throws Exception {
    try (UpstreamIdp upstream = UpstreamIdp.start(fc, "RS256")) {
      String idp = register(fc, upstream);

      // fc checks the IdP's ID token and userinfo signatures before the information page: a code means both passed.
      Login login = login(fc, upstream, idp);

      assertTrue(login.code().length() >= 43, "an unguessable code");
    }
  }

  /** The IdP in fc's registry under a fresh id, its endpoints left to discovery. */
  private static String register(FcPlatform fc, UpstreamIdp upstream) throws Exception {
    String id = RegistryApi.uniqueId("idp");
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("id", id);
    entry.put("title", "oidc-provider " + upstream.alg() + " " + id);
    entry.put("issuer", upstream.issuer());
    entry.put("clientId", FC_CLIENT_ID);
    entry.put("clientSecret", upstream.clientSecret());
    entry.put("idTokenSigningAlg", upstream.alg());
    entry.put("userinfoSigningAlg", upstream.alg());
    entry.put("allowedAcrs", List.of("eidas1"));
    // Off the choice page that other tests read; the choice form still takes it (see FcPlusIT).
    entry.put("display", false);
    RegistryApi.created(fc, RegistryApi.operator(fc), RegistryApi.IDENTITY_PROVIDERS, entry);
    return id;
  }

  /** What the demo SP got back: the flow's id in fc's trail, and its callback with the code. */
  private record Login(String flowId, URI spCallback) {

    String code() {
      return AuthorizeIT.query(spCallback).get("code");
    }
  }

  /** The demo SP's login through fc and the IdP, one hop at a time, up to fc's redirect to the SP. */
  private static Login login(FcPlatform fc, UpstreamIdp upstream, String idp) throws Exception {
    Browser browser = new Browser();
    URI interaction = Browser.location(browser.get(AuthorizeIT.url(fc, AuthorizeIT.request(fc))));
    String[] path = interaction.getPath().split("/");
    String flowId = AuditContext.flowIdOf(path[path.length - 1]);
    Map<String, String> tile = Browser.hiddenFields(page(browser.get(interaction)).body());
    tile.put("idp", idp);

    URI authorization = Browser.location(browser.post(fc.url("/api/v2/redirect-to-idp"), tile));
    assertTrue(authorization.toString().startsWith(upstream.issuer() + "/auth?"), authorization.toString());
    HttpResponse<String> loginPage = page(browser.follow(browser.get(authorization)));
    Matcher action = FORM_ACTION.matcher(loginPage.body());
    assertTrue(action.find(), loginPage.body());
    HttpResponse<String> loggedIn =
        browser.post(loginPage.uri().resolve(action.group(1)), Map.of("login", "test", "password", "123"));
    URI callback = Browser.location(browser.follow(loggedIn));

    assertTrue(callback.toString().startsWith(fc.issuer() + "/oidc-callback?"), callback.toString());
    assertEquals(upstream.issuer(), AuthorizeIT.query(callback).get("iss"), "the IdP names itself (RFC 9207)");
    HttpResponse<String> information = page(browser.follow(browser.get(callback)));
    URI back = Browser.location(browser.post(fc.url("/api/v2/login"), Browser.hiddenFields(information.body())));

    assertTrue(back.toString().startsWith(AuthorizeIT.redirectUri(fc) + "?"), back.toString());
    assertEquals("state-from-the-sp", AuthorizeIT.query(back).get("state"));
    assertNotNull(AuthorizeIT.query(back).get("code"), back.toString());
    return new Login(flowId, back);
  }

  private static HttpResponse<String> page(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.uri() + ": " + response.body());
    return response;
  }

  /** upstream-idp.mjs on a free loopback port, fc its one client; it stops when its stdin closes. */
  private record UpstreamIdp(Process process, String issuer, String clientSecret, String alg) implements AutoCloseable {

    static UpstreamIdp start(FcPlatform fc, String alg) throws Exception {
      int port;
      try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        port = free.getLocalPort();
      }
      String issuer = "http://localhost:" + port;
      String clientSecret = RegistryApi.randomHex();
      ProcessBuilder builder =
          new ProcessBuilder("node", "upstream-idp.mjs")
              .directory(Path.of(System.getProperty("fc.it.nodeDir")).toFile())
              .redirectError(ProcessBuilder.Redirect.INHERIT);
      builder.environment().put("PORT", String.valueOf(port));
      builder.environment().put("ISSUER", issuer);
      builder.environment().put("CLIENT_ID", FC_CLIENT_ID);
      builder.environment().put("CLIENT_SECRET", clientSecret);
      builder.environment().put("ALG", alg);
      builder.environment().put("REDIRECT_URI", fc.issuer() + "/oidc-callback");
      UpstreamIdp started = new UpstreamIdp(builder.start(), issuer, clientSecret, alg);
      try {
        String listening =
            new BufferedReader(new InputStreamReader(started.process().getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertNotNull(listening, "upstream-idp.mjs ended before listening");
        assertEquals(issuer, Http.json(listening).get("issuer"));
        return started;
      } catch (Exception | AssertionError e) {
        started.close();
        throw e;
      }
    }

    @Override
    public void close() throws Exception {
      process.getOutputStream().close();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }
}
