package fr.fc.sandbox.sp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SpPagesTest {

  @Test
  void theHomePageIsFrenchAndAccessible() {
    String page = SpPages.home(SpMessages.FRENCH, "/", false);

    assertTrue(page.contains("<html lang=\"fr\">"));
    assertTrue(page.contains("<title>Service en ligne de démonstration</title>"));
    assertTrue(page.contains("<h1>Service en ligne de démonstration</h1>"));
    assertTrue(
        page.contains("<main id=\"content\"")
            && page.contains("<header>")
            && page.contains("<footer>"));
    assertTrue(page.contains("action=\"/sp/login\""));
    assertTrue(page.contains("S&#39;identifier avec FranceConnect</button>"));
    assertTrue(
        page.contains(
            "<a href=\"https://franceconnect.gouv.fr/\" target=\"_blank\" rel=\"noopener\""
                + " title=\"Qu&#39;est-ce que FranceConnect ? - nouvelle fenêtre\">"));
    assertFalse(page.contains("role=\"status\""));
  }

  @Test
  void theHomePageLeadsToOnesTaxDataAfterTheFranceConnectButton() {
    String page = SpPages.home(SpMessages.FRENCH, "/", false);

    int taxData = page.indexOf("action=\"/sp/tax-data\"");
    assertTrue(taxData > page.indexOf("action=\"/sp/login\""), "after the FranceConnect button");
    assertTrue(page.contains("class=\"secondary\">Mes données fiscales</button>"), page);
    assertTrue(
        SpPages.home(SpMessages.ENGLISH, "/", false)
            .contains("class=\"secondary\">My tax data</button>"));
  }

  @Test
  void theHomePageSpeaksEnglishToo() {
    String page = SpPages.home(SpMessages.ENGLISH, "/sandbox/", true);

    assertTrue(page.contains("<html lang=\"en\">"));
    assertTrue(page.contains("<title>Demo online service</title>"));
    assertTrue(page.contains("action=\"/sandbox/sp/login\""));
    assertTrue(page.contains("<p role=\"status\" class=\"notice\">You are logged out.</p>"));
  }

  @Test
  void afterLogoutTheHomePageSaysSo() {
    assertTrue(SpPages.home(SpMessages.FRENCH, "/", true).contains("Vous êtes déconnecté."));
  }

  @Test
  void theIdentityPageEscapesWhatFcSent() {
    LoggedInCitizen citizen =
        new LoggedInCitizen("t", Map.of("sub", "s", "given_name", "<script>alert(1)</script>"));

    String page = SpPages.identity(SpMessages.FRENCH, "/", citizen, SpVariant.DEMO);

    assertTrue(
        page.contains("<title>Vous êtes connecté - Service en ligne de démonstration</title>"));
    assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertFalse(page.contains("<script>"));
    assertTrue(page.contains("Se déconnecter</button>"));
    assertFalse(page.contains("API v1"), "a v2 login says nothing of the API");
  }

  @Test
  void theHomePageOffersTheLoginThroughTheV1ApiThenFranceConnectPlusLast() {
    String page = SpPages.home(SpMessages.FRENCH, "/", false);

    int v1 = page.indexOf("<input type=\"hidden\" name=\"api\" value=\"v1\">");
    int plus = page.indexOf("<input type=\"hidden\" name=\"api\" value=\"plus\">");
    assertTrue(v1 > page.indexOf("action=\"/sp/tax-data\""), page);
    assertTrue(page.lastIndexOf("action=\"/sp/login\"", v1) > page.indexOf("action=\"/sp/tax-data\""), "in a form to /sp/login");
    assertTrue(plus > v1, page);
    assertTrue(page.contains("<input type=\"hidden\" name=\"acr\" value=\"eidas3\">"), page);
    assertTrue(page.contains("class=\"secondary\">S&#39;identifier avec FranceConnect+ (niveau élevé)</button>"), page);
    assertTrue(
        page.contains("class=\"secondary\">Se connecter avec l&#39;API v1 (historique)</button>"),
        page);
    assertTrue(
        SpPages.home(SpMessages.ENGLISH, "/", false)
            .contains("class=\"secondary\">Sign in with the API v1 (legacy)</button>"));
  }

  @Test
  void theIdentityPageOfAV1LoginSaysSo() {
    LoggedInCitizen citizen = new LoggedInCitizen("t", Map.of("sub", "s", "family_name", "DUBOIS"));

    String french = SpPages.identity(SpMessages.FRENCH, "/", citizen, SpVariant.LEGACY);
    String english = SpPages.identity(SpMessages.ENGLISH, "/", citizen, SpVariant.LEGACY);

    assertTrue(french.contains("<h1>Vous êtes connecté</h1>"), french);
    assertTrue(
        french.contains(
            "<p class=\"notice\" data-fc-api=\"v1\" data-sp-variant=\"v1\">Vous vous êtes connecté par l&#39;API v1"
                + " (historique) de FranceConnect.</p>"),
        french);
    assertTrue(french.contains("<td>DUBOIS</td>") && french.contains("Se déconnecter</button>"));
    assertTrue(
        english.contains(
            "data-sp-variant=\"v1\">You logged in through FranceConnect&#39;s API v1 (legacy).</p>"),
        english);
  }

  @Test
  void theErrorPageSaysWhatFailedAndEscapesTheDetail() {
    SpException failure = new SpException(SpFailure.FC_ERROR, "access_denied: <b>\"no\"</b>");

    String page = SpPages.error(SpMessages.FRENCH, "/", failure);

    assertTrue(page.contains("role=\"alert\""));
    assertTrue(page.contains("FranceConnect a renvoyé une erreur"));
    assertTrue(page.contains("access_denied: &lt;b&gt;&quot;no&quot;&lt;/b&gt;"));
    assertTrue(page.contains("<a href=\"/sp/\">"));
  }

  @Test
  void theHomePageOffersTheSpsOtherRegistrationsLast() {
    String page = SpPages.home(SpMessages.FRENCH, "/", false);

    int plus = page.indexOf("<input type=\"hidden\" name=\"api\" value=\"plus\">");
    for (SpVariant variant : SpPages.OTHER_REGISTRATIONS) {
      int form = page.indexOf("<input type=\"hidden\" name=\"variant\" value=\"" + variant.parameter() + "\">");
      assertTrue(form > plus, variant + " after FranceConnect+: " + page);
    }
    assertTrue(
        page.contains(
            """
            <form method="get" action="/sp/login">
            <input type="hidden" name="variant" value="private">
            <button type="submit" class="secondary">Se connecter comme service privé (avec consentement)</button>"""),
        page);
    assertTrue(page.contains(">Se connecter sans la page d&#39;information (prompt=login)</button>"), page);
    assertTrue(SpPages.home(SpMessages.ENGLISH, "/", false).contains(">Log in without Ameli</button>"));
  }

  @Test
  void theIdentityPageSaysWhichRegistrationTheLoginWentThrough() {
    LoggedInCitizen citizen = new LoggedInCitizen("t", Map.of("sub", "s"));

    String page = SpPages.identity(SpMessages.FRENCH, "/", citizen, SpVariant.PRIVATE);

    assertTrue(
        page.contains(
            "<p class=\"notice\" data-fc-api=\"v2\" data-sp-variant=\"private\">Vous vous êtes connecté au service privé"),
        page);
  }

  @Test
  void theIdentityTableScrollsInARegionOfItsOwn() {
    LoggedInCitizen citizen = new LoggedInCitizen("t", Map.of("sub", "s".repeat(64)));

    String table = SpPages.identityTable(SpMessages.ENGLISH, citizen);

    assertTrue(
        table.startsWith(
            "<div class=\"table-region\" role=\"region\" aria-labelledby=\"identity-caption\" tabindex=\"0\">"),
        table);
    assertTrue(table.contains("<caption id=\"identity-caption\">Information received from FranceConnect</caption>"), table);
    assertTrue(table.endsWith("</table>\n</div>"), table);
    String page = SpPages.identity(SpMessages.ENGLISH, "/", citizen, SpVariant.DEMO);
    assertTrue(page.contains(".table-region{overflow-x:auto"), "the region scrolls, not the page");
    assertTrue(page.contains("overflow-wrap:anywhere}"), "long values wrap");
  }

  @Test
  void aCancelledLoginGetsAKindPageAndAWayToTryAgain() {
    LoginAttempt attempt = LoginAttempt.start(LoginPurpose.IDENTITY, SpVariant.PRIVATE);

    String page = SpPages.cancelled(SpMessages.FRENCH, "/", attempt);

    assertTrue(page.contains("<title>Connexion annulée - Service en ligne de démonstration</title>"), page);
    assertTrue(page.contains("<h1>Connexion annulée</h1>"), page);
    assertTrue(
        page.contains(
            "<div id=\"login-cancelled\" class=\"notice\"><p>Vous avez annulé la connexion avec FranceConnect"),
        page);
    assertTrue(
        page.contains(
            """
            <form method="get" action="/sp/login">
            <input type="hidden" name="variant" value="private">
            <button type="submit" class="fc-button">Réessayer de se connecter</button>"""),
        page);
    assertTrue(page.contains("<a href=\"/sp/\">Retour à l&#39;accueil du service</a>"), page);
    assertFalse(page.contains("access_denied") || page.contains("role=\"alert\""), page);
  }

  @Test
  void aCancelledFranceConnectPlusLoginIsTriedAgainAtItsLevelInEnglishToo() {
    LoginAttempt attempt = LoginAttempt.start(LoginPurpose.IDENTITY, SpVariant.PLUS, "eidas3");

    String page = SpPages.cancelled(SpMessages.ENGLISH, "/sandbox/", attempt);

    assertTrue(page.contains("<h1>Login cancelled</h1>"), page);
    assertTrue(page.contains("You cancelled the login with FranceConnect"), page);
    assertTrue(
        page.contains(
            """
            <form method="get" action="/sandbox/sp/login">
            <input type="hidden" name="variant" value="plus">
            <input type="hidden" name="acr" value="eidas3">
            <button type="submit" class="fc-button">Try to log in again</button>"""),
        page);
  }

  @Test
  void picksTheFirstLanguageItSpeaks() {
    assertEquals(SpMessages.FRENCH, SpMessages.forLanguages(List.of()));
    assertEquals(SpMessages.FRENCH, SpMessages.forLanguages(List.of(Locale.GERMAN)));
    assertEquals(
        SpMessages.ENGLISH,
        SpMessages.forLanguages(List.of(Locale.GERMAN, Locale.UK, Locale.FRENCH)));
    assertEquals(
        SpMessages.FRENCH, SpMessages.forLanguages(List.of(Locale.CANADA_FRENCH, Locale.ENGLISH)));
  }

  @Test
  void everyMessageExistsInBothLanguages() throws IOException {
    Properties french = messages("messages.properties");

    assertEquals(french.keySet(), messages("messages_en.properties").keySet());
    for (SpFailure failure : SpFailure.values()) {
      assertTrue(french.containsKey(failure.messageKey()), failure.messageKey());
    }
    for (TaxDataOutcome.Kind kind : TaxDataOutcome.Kind.values()) {
      if (kind != TaxDataOutcome.Kind.RECEIVED) {
        assertTrue(french.containsKey(kind.messageKey()), kind.messageKey());
      }
    }
    for (String claim : LoggedInCitizen.SHOWN_CLAIMS) {
      assertTrue(french.containsKey("claim." + claim), claim);
    }
  }

  private static Properties messages(String file) throws IOException {
    Properties messages = new Properties();
    try (InputStream in = SpMessages.class.getResourceAsStream(file)) {
      messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return messages;
  }
}
