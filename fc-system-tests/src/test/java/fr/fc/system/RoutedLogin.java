package fr.fc.system;

import fr.fc.audit.AuditContext;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * A complete login of the demo SP in a fresh browser, whose requests to fc each go where the route
 * says: its n-th request to fc goes to the n-th entry (taken in turn), a node or the load balancer.
 * fc's own URLs name the first node, as its issuer does; each is sent to the route's entry instead.
 */
final class RoutedLogin {

  /** A login's eight requests to fc: authorize, choice, IdP redirect, callback, information, code, token, userinfo. */
  static final int REQUESTS = 8;

  private final FcPlatform fc;
  private final List<URI> route;
  private final Browser browser;
  private int sent;

  /** @param route the base URLs (http://localhost:port) of fc's requests, in turn */
  RoutedLogin(FcPlatform fc, Browser browser, List<URI> route) {
    this.fc = fc;
    this.browser = browser;
    this.route = route;
  }

  /** What the SP got: the flow's id in fc's trail, the code, the tokens' answer and the userinfo's. */
  record Outcome(String flowId, String code, Map<String, Object> tokens, HttpResponse<String> userinfo) {}

  /** The login up to the code the SP receives; then, when redeem, its token and userinfo requests. */
  Outcome run(boolean redeem) throws Exception {
    HttpResponse<String> authorize = get(AuthorizeIT.url(fc, AuthorizeIT.request(fc)));
    URI interaction = Browser.location(authorize);
    String[] path = interaction.getPath().split("/");
    String flowId = AuditContext.flowIdOf(path[path.length - 1]);
    Map<String, String> tile = Browser.hiddenFields(expect(200, get(interaction)).body());
    tile.put("idp", "impots");
    HttpResponse<String> loginPage = browser.follow(post(fc.url("/api/v2/redirect-to-idp"), tile));
    Map<String, String> form = Browser.hiddenFields(expect(200, loginPage).body());
    form.put("login", "test");
    form.put("password", "123");
    URI callback = Browser.location(browser.post(loginPage.uri().resolve("login"), form));
    HttpResponse<String> information = get(Browser.location(get(callback)));
    URI back = Browser.location(post(fc.url("/api/v2/login"), Browser.hiddenFields(expect(200, information).body())));
    String code = AuthorizeIT.query(back).get("code");
    if (code == null) {
      throw new AssertionError("no code: " + back);
    }
    if (!redeem) {
      return new Outcome(flowId, code, Map.of(), null);
    }
    HttpResponse<String> tokens = token(code, next());
    Map<String, Object> answer = Http.json(expect(200, tokens).body());
    HttpResponse<String> userinfo =
        fc.http().send(
            HttpRequest.newBuilder(on(next(), fc.url("/api/v2/userinfo")))
                .header("Authorization", "Bearer " + answer.get("access_token"))
                .GET()
                .build());
    return new Outcome(flowId, code, answer, expect(200, userinfo));
  }

  /** The demo SP's token request for this code, sent to that base URL. */
  static HttpResponse<String> token(FcPlatform fc, String code, URI base) throws Exception {
    Map<String, String> form = new java.util.LinkedHashMap<>();
    form.put("client_id", TokenIT.CLIENT_ID);
    form.put("client_secret", TokenIT.SECRET);
    HttpRequest request = TokenIT.tokenRequest(fc, code, form).build();
    return fc.http().send(HttpRequest.newBuilder(request, (name, value) -> true).uri(on(base, request.uri())).build());
  }

  private HttpResponse<String> token(String code, URI base) throws Exception {
    return token(fc, code, base);
  }

  /** An fc URL sent to that base URL instead; other hosts' URLs (the sandbox's) unchanged. */
  static URI on(URI base, URI url) {
    return URI.create(base.toString() + url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()));
  }

  private HttpResponse<String> get(URI fcUrl) throws Exception {
    return browser.get(on(next(), fcUrl));
  }

  private HttpResponse<String> post(URI fcUrl, Map<String, String> form) throws Exception {
    return browser.post(on(next(), fcUrl), form);
  }

  private URI next() {
    return route.get(sent++ % route.size());
  }

  private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
    if (response.statusCode() != status) {
      throw new AssertionError(response.uri() + " answered " + response.statusCode() + ": " + response.body());
    }
    return response;
  }
}
