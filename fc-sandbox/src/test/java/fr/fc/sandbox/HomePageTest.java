package fr.fc.sandbox;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HomePageTest {

  private final HomePage home = new HomePage();

  HomePageTest() {
    home.fcIssuer = "http://localhost:7000/api/v2";
  }

  @Test
  void listsTheDemoTaxDataProviderAmongThePartners() {
    String page = home.render(HomeText.FRENCH, "/");

    assertTrue(page.contains("<h2>Partenaires</h2>"), page);
    assertTrue(
        page.contains(
            "<li><a href=\"/dp/jwks\">Fournisseur de données fiscales de démonstration (DGFiP"
                + " fictive, API /dp/api/dgfip) : ses clés de chiffrement (jwks_uri)</a></li>"),
        page);
    assertTrue(page.contains("<li><a href=\"/sp/\">"), page);
  }

  @Test
  void leadsToTheMailCatcher() {
    String page = home.render(HomeText.FRENCH, "/");

    assertTrue(page.contains("<li><a href=\"/mails/\">Courriels de démonstration"), page);
  }

  @Test
  void itsLinksStartFromTheSandboxsRoot() {
    String page = home.render(HomeText.ENGLISH, "/sandbox/");

    assertTrue(page.contains("<a href=\"/sandbox/dp/jwks\">Demo tax data provider"), page);
    assertTrue(page.contains("http://localhost:7000/api/v2/.well-known/openid-configuration"));
  }
}
