package fr.fc.sandbox.portal;

import static fr.fc.sandbox.HtmlEscape.escape;

import fr.fc.sandbox.SandboxStyle;
import fr.fc.sandbox.idp.AccountGuide;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The developer portal's page: what fc is, its endpoints, the public integration client with a
 * ready-made authorization URL and the curl commands that follow, the demo accounts and what each
 * shows, a button per flow of the demo SP, the catalogues and the other tools. Accessible as the
 * sandbox's other pages are (lang, title, one h1, landmarks, skip link), every value escaped;
 * {@code root} is the path of the sandbox's root, ending with '/'.
 */
final class PortalPage {

  static final String STYLE =
      SandboxStyle.CSS
          + """
          h2{margin-top:2.5rem}h3{margin:1.5rem 0 .25rem}
          .values{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.25rem 1rem}
          .values dt{font-weight:700}.values dd{margin:0;overflow-wrap:anywhere}
          .accounts th code{word-break:normal}
          .starts{list-style:none;padding:0}
          .starts li{margin:0 0 1.25rem;padding-top:.5rem;border-top:1px solid #ddd}
          @media (max-width:30em){.values{grid-template-columns:minmax(0,1fr)}.values dd{margin-bottom:.5rem}}
          """;

  /** The sections of the page, in order: their ids, and their title's key {@code <id>.title}. */
  static final List<String> SECTIONS = List.of("endpoints", "integration", "accounts", "services", "catalogues", "tools");

  private PortalPage() {}

  static String render(HomeText text, String root, Portal portal) {
    String body =
        String.join(
            "\n",
            "<h1>" + say(text, "portal.title") + "</h1>",
            "<p>" + say(text, "portal.what-is-fc") + "</p>",
            "<p>" + say(text, "portal.sandbox") + "</p>",
            contents(text),
            endpoints(text, portal),
            integration(text, portal.endpoints()),
            accounts(text, portal.accounts()),
            services(text, root, portal.starts()),
            catalogues(text, root),
            tools(text, root, portal));
    return SandboxStyle.page(
        new SandboxStyle.Frame(
            text.code(), text.get("portal.title"), STYLE, text.get("page.skip"), root, text.get("page.site"),
            text.get("page.sandbox"), text.get("page.footer")),
        body);
  }

  private static String contents(HomeText text) {
    String links =
        SECTIONS.stream()
            .map(id -> "<li><a href=\"#%s\">%s</a></li>".formatted(id, say(text, id + ".title")))
            .collect(Collectors.joining("\n"));
    return "<nav aria-label=\"%s\">\n<ul>\n%s\n</ul>\n</nav>".formatted(say(text, "portal.contents"), links);
  }

  /** fc's endpoints, from its discovery document, or its standard paths when fc does not answer. */
  static String endpoints(HomeText text, Portal portal) {
    FcEndpoints endpoints = portal.endpoints();
    String discovery = FcDiscoveryCache.discoveryUrl(portal.fcIssuer()).toString();
    String source =
        endpoints.discovered()
            ? "<p>%s <a href=\"%s\">%s</a></p>".formatted(say(text, "endpoints.discovered"), escape(discovery), escape(discovery))
            : "<div id=\"fc-down\" class=\"alert\"><p>%s</p></div>".formatted(say(text, "endpoints.down", discovery));
    String values =
        endpoints.orderedUrls().stream()
                .map(url -> value(url.getKey(), "<code>" + escape(url.getValue()) + "</code>"))
                .collect(Collectors.joining())
            + endpoints.orderedSupported().stream()
                .map(list -> value(list.getKey(), codes(list.getValue())))
                .collect(Collectors.joining());
    String plusDiscovery = FcDiscoveryCache.discoveryUrl(portal.fcPlusIssuer()).toString();
    return section(
        text,
        "endpoints",
        """
        %s
        <dl class="values">
        %s</dl>
        <p>%s <a href="%s">%s</a></p>"""
            .formatted(
                source,
                values,
                say(text, "endpoints.plus", portal.fcPlusIssuer()),
                escape(plusDiscovery),
                escape(plusDiscovery)));
  }

  /** The public integration client, its authorization URL and the token and userinfo calls. */
  static String integration(HomeText text, FcEndpoints endpoints) {
    String authorizeUrl = IntegrationClient.authorizeUrl(endpoints.authorizationEndpoint());
    String client =
        value("client_id", "<code>" + IntegrationClient.CLIENT_ID + "</code>")
            + value("client_secret", "<code>" + IntegrationClient.CLIENT_SECRET + "</code>")
            + value("redirect_uri", codes(IntegrationClient.redirectUris()))
            + value("post_logout_redirect_uri", codes(IntegrationClient.postLogoutRedirectUris()))
            + value("scope", "<code>" + IntegrationClient.SCOPE + "</code>");
    String open =
        isWebUrl(authorizeUrl)
            ? "<p><a id=\"integration-authorize-link\" href=\"%s\">%s</a></p>\n"
                .formatted(escape(authorizeUrl), say(text, "integration.authorize.open"))
            : "";
    return section(
        text,
        "integration",
        """
        <p>%s</p>
        <dl class="values">
        %s</dl>
        <h3>%s</h3>
        <p>%s</p>
        <pre><code id="integration-authorize-url">%s</code></pre>
        %s<h3>%s</h3>
        <p>%s</p>
        <pre><code id="integration-token-curl">%s</code></pre>
        <h3>%s</h3>
        <p>%s</p>
        <pre><code id="integration-userinfo-curl">%s</code></pre>"""
            .formatted(
                say(text, "integration.intro"),
                client,
                say(text, "integration.authorize.title"),
                say(text, "integration.authorize.text"),
                escape(authorizeUrl),
                open,
                say(text, "integration.token.title"),
                say(text, "integration.token.text", IntegrationClient.CODE_PLACEHOLDER),
                escape(IntegrationClient.tokenCurl(endpoints.tokenEndpoint())),
                say(text, "integration.userinfo.title"),
                say(text, "integration.userinfo.text", IntegrationClient.ACCESS_TOKEN_PLACEHOLDER),
                escape(IntegrationClient.userinfoCurl(endpoints.userinfoEndpoint()))));
  }

  /**
   * Every demo account, a row each ({@code account-<login>}), in a region that may scroll; a login
   * may wrap after its underscores only, so that the descriptions keep the room on a phone.
   */
  static String accounts(HomeText text, List<AccountGuide.Entry> accounts) {
    String rows =
        accounts.stream()
            .map(
                account ->
                    "<tr id=\"account-%s\"><th scope=\"row\"><code>%s</code></th><td>%s</td></tr>"
                        .formatted(
                            escape(account.login()),
                            escape(account.login()).replace("_", "_<wbr>"),
                            escape(account.description())))
            .collect(Collectors.joining("\n"));
    return section(
        text,
        "accounts",
        """
        <p>%s</p>
        <div class="table-region" role="region" aria-labelledby="accounts-caption" tabindex="0">
        <table class="accounts">
        <caption id="accounts-caption">%s</caption>
        <thead><tr><th scope="col">%s</th><th scope="col">%s</th></tr></thead>
        <tbody>
        %s
        </tbody>
        </table>
        </div>"""
            .formatted(
                say(text, "accounts.intro"),
                say(text, "accounts.caption"),
                say(text, "accounts.login"),
                say(text, "accounts.shows"),
                rows));
  }

  /** A button per flow of the demo SP ({@code start-<clientId>}), with what it shows. */
  static String services(HomeText text, String root, List<SpStart> starts) {
    String items = starts.stream().map(start -> start(text, root, start)).collect(Collectors.joining());
    return section(text, "services", "<p>%s</p>\n<ul class=\"starts\">\n%s</ul>".formatted(say(text, "services.intro"), items));
  }

  private static String start(HomeText text, String root, SpStart start) {
    String title = text.get("sp." + start.key() + ".title");
    String hidden =
        start.query().entrySet().stream()
            .map(
                parameter ->
                    "<input type=\"hidden\" name=\"%s\" value=\"%s\">\n"
                        .formatted(escape(parameter.getKey()), escape(parameter.getValue())))
            .collect(Collectors.joining());
    return """
        <li>
        <h3>%s</h3>
        <p>%s</p>
        <p>client_id <code>%s</code></p>
        <form method="get" action="%s%s">
        %s<button type="submit" id="%s" class="secondary">%s</button>
        </form>
        </li>
        """
        .formatted(
            escape(title),
            say(text, "sp." + start.key() + ".text"),
            escape(start.clientId()),
            escape(root),
            escape(start.path()),
            hidden,
            escape(start.elementId()),
            say(text, "services.start", title));
  }

  /** fc's catalogues, served by the sandbox itself ({@link Catalogues}). */
  static String catalogues(HomeText text, String root) {
    String links =
        Catalogues.NAMES.stream()
            .map(
                name ->
                    "<li><a href=\"%s%s%s\">%s</a> (<code>docs/%s</code>)</li>"
                        .formatted(
                            escape(root), Catalogues.PATH, escape(name), say(text, "catalogues." + name), escape(name)))
            .collect(Collectors.joining("\n"));
    return section(text, "catalogues", "<p>%s</p>\n<ul>\n%s\n</ul>".formatted(say(text, "catalogues.intro"), links));
  }

  /** The sandbox's other partners and tools, and fc's citizen space. */
  static String tools(HomeText text, String root, Portal portal) {
    Map<String, String> links =
        Map.of(
            "tools.sp", escape(root) + "sp/",
            "tools.mails", escape(root) + "mails/",
            "tools.space", escape(portal.fcBaseUrl()) + "/espace/",
            "tools.idp", escape(root) + "idp/impots/.well-known/openid-configuration",
            "tools.dp", escape(root) + "dp/jwks",
            "tools.rnipp", escape(root) + "rnipp/admin/behaviour");
    String items =
        List.of("tools.sp", "tools.mails", "tools.space", "tools.idp", "tools.dp", "tools.rnipp").stream()
            .map(key -> "<li><a href=\"%s\">%s</a></li>".formatted(links.get(key), say(text, key)))
            .collect(Collectors.joining("\n"));
    return section(text, "tools", "<ul>\n%s\n</ul>".formatted(items));
  }

  private static String section(HomeText text, String id, String content) {
    return """
        <section id="%s" aria-labelledby="%s-title">
        <h2 id="%s-title">%s</h2>
        %s
        </section>"""
        .formatted(id, id, id, say(text, id + ".title"), content);
  }

  /** A named value: the name as code, the value HTML the caller escaped. */
  private static String value(String name, String html) {
    return "<dt><code>%s</code></dt><dd>%s</dd>\n".formatted(escape(name), html);
  }

  private static String codes(List<String> values) {
    return values.stream().map(value -> "<code>" + escape(value) + "</code>").collect(Collectors.joining(", "));
  }

  /** Only an http(s) URL becomes a link: fc's document could hold anything. */
  static boolean isWebUrl(String url) {
    return url.startsWith("https://") || url.startsWith("http://");
  }

  private static String say(HomeText text, String key, Object... values) {
    return escape(text.get(key, values));
  }
}
