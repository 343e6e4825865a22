package fr.fc.sandbox.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.sandbox.PageLanguage;
import fr.fc.sandbox.idp.AccountGuide;
import fr.fc.sandbox.sp.SpVariant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PortalPageTest {

  static final String ISSUER = "http://localhost:7000/api/v2";

  /** A discovery document as fc's, on another host so that its values are told from the standard paths. */
  static final String DISCOVERY =
      """
      {"issuer":"https://fc.example/api/v2",
       "authorization_endpoint":"https://fc.example/api/v2/authorize",
       "token_endpoint":"https://fc.example/api/v2/token",
       "userinfo_endpoint":"https://fc.example/api/v2/userinfo",
       "jwks_uri":"https://fc.example/api/v2/jwks",
       "end_session_endpoint":"https://fc.example/api/v2/session/end",
       "scopes_supported":["openid","given_name","birth"],
       "acr_values_supported":["eidas1"]}
      """;

  @Test
  void showsFcsEndpointsFromItsDiscoveryDocument() {
    String page = render(HomeText.FRENCH, up());

    assertTrue(page.contains("<html lang=\"fr\">"), page);
    assertTrue(page.contains("<h1>Bac à sable fc : portail des développeurs</h1>"), page);
    assertTrue(page.contains("Lus à l&#39;instant dans le document discovery de fc"), page);
    assertTrue(
        page.contains(
            "<dt><code>token_endpoint</code></dt><dd><code>https://fc.example/api/v2/token</code></dd>"),
        page);
    assertTrue(page.contains("<dd><code>openid</code>, <code>given_name</code>, <code>birth</code></dd>"), page);
    assertFalse(page.contains("id=\"fc-down\""), page);
    assertEquals(1, count(page, "<h1>"));
  }

  @Test
  void saysWhenFcIsDownAndListsItsStandardPaths() {
    String page = render(HomeText.FRENCH, down());

    assertTrue(
        page.contains(
            "<div id=\"fc-down\" class=\"alert\"><p>fc ne répond pas à l&#39;adresse de son document discovery,"
                + " http://localhost:7000/api/v2/.well-known/openid-configuration : il est peut-être arrêté."),
        page);
    assertTrue(
        page.contains(
            "<dt><code>authorization_endpoint</code></dt><dd><code>http://localhost:7000/api/v2/authorize</code></dd>"),
        page);
    assertTrue(page.contains("<code>http://localhost:7000/api/v2/session/end</code>"), page);
    assertTrue(
        authorizeUrl(page).startsWith("http://localhost:7000/api/v2/authorize?response_type=code&amp;client_id="),
        "the integration client's URL on the standard path");
  }

  @Test
  void givesAReadyMadeAuthorizationUrlAndTheCurlCommands() {
    String page = render(HomeText.ENGLISH, up());

    String url = IntegrationClient.authorizeUrl("https://fc.example/api/v2/authorize");
    assertEquals(url.replace("&", "&amp;"), authorizeUrl(page));
    assertTrue(page.contains("<a id=\"integration-authorize-link\" href=\"" + url.replace("&", "&amp;") + "\">"), page);
    assertTrue(page.contains("<code>fc-public-integration-client</code>"), page);
    assertTrue(page.contains("<code>fc-public-integration-secret</code>"), page);
    assertTrue(page.contains("<code>http://localhost:1337/login-callback</code>"), page);
    assertTrue(page.contains("curl --request POST &#39;https://fc.example/api/v2/token&#39;"), page);
    assertTrue(page.contains("--data-urlencode &#39;client_secret=fc-public-integration-secret&#39;"), page);
    assertTrue(
        page.contains("curl &#39;https://fc.example/api/v2/userinfo&#39; \\\n  --header &#39;Authorization: Bearer ACCESS_TOKEN&#39;"),
        page);
  }

  @Test
  void escapesWhatFcsDocumentHolds() {
    String hostile =
        """
        {"issuer":"<script>alert(1)</script>",
         "authorization_endpoint":"javascript:alert('x')",
         "token_endpoint":"https://fc.example/token?a=1&b=\\"2\\"",
         "userinfo_endpoint":"https://fc.example/userinfo'; rm -rf ~",
         "scopes_supported":["<b>openid</b>"]}
        """;
    Portal portal = portal(FcEndpoints.fromDiscovery(hostile).orElseThrow());

    String page = PortalPage.render(HomeText.FRENCH, "/", portal);

    assertFalse(page.contains("<script>"), page);
    assertFalse(page.contains("<b>"), page);
    assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page);
    assertTrue(page.contains("https://fc.example/token?a=1&amp;b=&quot;2&quot;"), page);
    assertFalse(page.contains("href=\"javascript:"), "no link to what is not a web address");
    assertTrue(page.contains("curl &#39;https://fc.example/userinfo&#39;\\&#39;&#39;; rm -rf ~&#39;"), page);
  }

  @Test
  void listsEveryDemoAccountWithWhatItShows() {
    String page = render(HomeText.FRENCH, up());

    List<AccountGuide.Entry> accounts = AccountGuide.entries(PageLanguage.FRENCH);
    assertTrue(accounts.size() > 30);
    for (AccountGuide.Entry account : accounts) {
      String login = account.login().replace("_", "_<wbr>");
      assertTrue(page.contains("<tr id=\"account-" + account.login() + "\"><th scope=\"row\"><code>" + login + "</code>"), login);
    }
    assertTrue(
        page.contains(
            "<tr id=\"account-presume_jour\"><th scope=\"row\"><code>presume_<wbr>jour</code></th><td>Paul GIRARD, né en avril 1985"),
        page);
    assertTrue(page.contains("<div class=\"table-region\" role=\"region\" aria-labelledby=\"accounts-caption\" tabindex=\"0\">"), page);
  }

  @Test
  void offersAButtonPerFlowOfTheDemoSp() {
    String page = PortalPage.render(HomeText.FRENCH, "/sandbox/", portal(up()));

    for (SpVariant variant : SpVariant.values()) {
      assertTrue(page.contains("id=\"start-client-" + variant.parameter() + "\""), variant.toString());
    }
    assertTrue(
        page.contains(
            """
            <form method="get" action="/sandbox/sp/login">
            <input type="hidden" name="variant" value="private">
            <button type="submit" id="start-client-private" class="secondary">Lancer : Service privé avec consentement</button>"""),
        page);
    assertTrue(page.contains("<input type=\"hidden\" name=\"acr\" value=\"eidas3\">\n<button type=\"submit\" id=\"start-client-plus-eidas3\""), page);
    assertTrue(page.contains("<form method=\"get\" action=\"/sandbox/sp/tax-data\">\n<button type=\"submit\" id=\"start-client-demo-tax-data\""), page);
  }

  @Test
  void leadsToTheCataloguesTheMailCatcherAndTheCitizenSpace() {
    String page = PortalPage.render(HomeText.ENGLISH, "/sandbox/", portal(up()));

    assertTrue(page.contains("<a href=\"/sandbox/docs/errors.md\">fc&#39;s errors"), page);
    assertTrue(page.contains("<a href=\"/sandbox/docs/audit-events.md\">"), page);
    assertTrue(page.contains("<a href=\"/sandbox/docs/config.md\">"), page);
    assertTrue(page.contains("<a href=\"/sandbox/mails/\">"), page);
    assertTrue(page.contains("<a href=\"http://localhost:7000/espace/\">fc&#39;s citizen space"), page);
    assertTrue(page.contains("<a href=\"/sandbox/dp/jwks\">"), page);
    assertTrue(page.contains("http://localhost:7000/plus/api/v2/.well-known/openid-configuration"), page);
  }

  @Test
  void speaksEnglishToo() {
    String page = render(HomeText.ENGLISH, down());

    assertTrue(page.contains("<html lang=\"en\">"), page);
    assertTrue(page.contains("<title>fc sandbox: developer portal</title>"), page);
    assertTrue(page.contains("fc does not answer at the address of its discovery document"), page);
    assertTrue(page.contains("<td>Paul GIRARD, born in April 1985"), page);
    assertTrue(page.contains(">Start: Private service with consent</button>"), page);
  }

  @Test
  void theCitizenSpaceIsUnderFcsBaseUrl() {
    assertEquals("http://localhost:7000", portal(down()).fcBaseUrl());
    assertEquals(
        "https://fc.example/fc",
        new Portal("https://fc.example/fc/api/v2/", "p", down(), List.of(), List.of()).fcBaseUrl());
    assertEquals("https://fc.example", new Portal("https://fc.example/oidc", "p", down(), List.of(), List.of()).fcBaseUrl());
  }

  static FcEndpoints up() {
    return FcEndpoints.fromDiscovery(DISCOVERY).orElseThrow();
  }

  static FcEndpoints down() {
    return FcEndpoints.standardPaths(ISSUER);
  }

  private static String render(HomeText text, FcEndpoints endpoints) {
    return PortalPage.render(text, "/", portal(endpoints, text.language()));
  }

  private static Portal portal(FcEndpoints endpoints) {
    return portal(endpoints, PageLanguage.FRENCH);
  }

  private static Portal portal(FcEndpoints endpoints, PageLanguage language) {
    return new Portal(
        ISSUER,
        "http://localhost:7000/plus/api/v2",
        endpoints,
        SpStart.all(variant -> "client-" + variant.parameter()),
        AccountGuide.entries(language));
  }

  /** The text of the element that holds the authorization URL, as the HTML has it. */
  private static String authorizeUrl(String page) {
    Matcher url = Pattern.compile("<code id=\"integration-authorize-url\">([^<]*)</code>").matcher(page);
    assertTrue(url.find(), page);
    return url.group(1);
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
