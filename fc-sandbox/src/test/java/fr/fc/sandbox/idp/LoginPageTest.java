package fr.fc.sandbox.idp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoginPageTest {

  private final DemoIdp laposte = IdpCatalogue.create("http://localhost:7100", AuthorizationCodeGrantTest.SECRET).get("laposte");

  @Test
  void isAnAccessibleFrenchForm() {
    String html = page(Language.FRENCH).render(null);

    assertTrue(html.contains("<html lang=\"fr\">"));
    assertTrue(
        html.contains(
            "<title>Connexion – L&#39;Identité Numérique La Poste (démonstration)</title>"));
    assertTrue(html.contains("<h1>L&#39;Identité Numérique La Poste (démonstration)</h1>"));
    assertTrue(html.contains("Compte de démonstration"));
    assertTrue(html.contains("<label for=\"login\">Identifiant</label>"));
    assertTrue(html.contains("<label for=\"password\">Mot de passe</label>"));
    assertTrue(html.contains("Se connecter</button>"));
    assertTrue(
        html.contains(
            "<dt><code>test</code></dt><dd>Angela Claire Louise DUBOIS, née le 24 août 1962 à Paris 7e"),
        html);
    assertTrue(
        html.contains("<a href=\"cancel?request=request-1\">Retourner sur FranceConnect</a>"));
    assertFalse(html.contains("role=\"alert\""));
  }

  @Test
  void speaksEnglishWhenAsked() {
    String html = page(Language.ENGLISH).render(null);

    assertTrue(html.contains("<html lang=\"en\">"));
    assertTrue(html.contains("<label for=\"password\">Password</label>"));
    assertTrue(html.contains("Back to FranceConnect"));
    assertTrue(html.contains("<dt><code>accents</code></dt><dd>Joëlle Françoise DUBINÔRE, used name D&#39;ÉTÉ-LŒUVRE: accents"), html);
  }

  @Test
  void theOneTimeCodeOfAFranceConnectPlusIdpSpeaksTheLanguageToo() {
    DemoIdp plus = IdpCatalogue.create("http://localhost:7100", AuthorizationCodeGrantTest.SECRET).get("france-identite");

    String english = new LoginPage(plus, "request-1", Language.ENGLISH, List.of("test")).render(null);
    String french = new LoginPage(plus, "request-1", Language.FRENCH, List.of("test")).render(null);

    assertTrue(english.contains("<label for=\"otp\">One-time code (6 digits)</label>"), english);
    assertTrue(english.contains("High digital identity, eIDAS high (demo)"), english);
    assertTrue(french.contains("<label for=\"otp\">Code à usage unique (6 chiffres)</label>"), french);
  }

  @Test
  void linksTheErrorToTheFieldsAndNamesItInTheTitle() {
    String html = page(Language.FRENCH).render("test");

    assertTrue(html.contains("<title>Erreur : identifiant ou mot de passe incorrect"));
    assertTrue(html.contains("id=\"login-error\" class=\"error\" role=\"alert\""));
    assertTrue(html.contains("aria-describedby=\"login-error\""));
    assertTrue(html.contains("value=\"test\""));
  }

  @Test
  void escapesWhatTheUserTyped() {
    String html = page(Language.FRENCH).render("\"><script>alert(1)</script>");

    assertFalse(html.contains("<script>"));
    assertTrue(html.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""));
  }

  private LoginPage page(Language language) {
    return new LoginPage(laposte, "request-1", language, List.of("test", "accents"));
  }
}
