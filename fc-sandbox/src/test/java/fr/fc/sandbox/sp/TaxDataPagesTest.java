package fr.fc.sandbox.sp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaxDataPagesTest {

  static final LoggedInCitizen CITIZEN =
      new LoggedInCitizen("t", Map.of("sub", "s", "family_name", "DUBOIS"));

  @Test
  void showsTheReferenceTaxIncomeAndTheSharesInFrench() {
    String page = TaxDataPages.result(SpMessages.FRENCH, "/", CITIZEN, received(24500L, 1.5));

    assertTrue(page.contains("<h1>Mes données fiscales</h1>"), page);
    assertTrue(page.contains("<title>Mes données fiscales - Service en ligne de démonstration"));
    assertTrue(
        page.contains("<li>Revenu fiscal de référence : <strong>24\u00a0500\u00a0€</strong></li>"),
        page);
    assertTrue(page.contains("<li>Nombre de parts : <strong>1,5</strong></li>"), page);
    assertTrue(page.contains("<td>DUBOIS</td>"), "the identity too");
    assertTrue(page.contains("Se déconnecter</button>"));
    assertFalse(page.contains("role=\"alert\""));
  }

  @Test
  void speaksEnglishToo() {
    String page = TaxDataPages.result(SpMessages.ENGLISH, "/", CITIZEN, received(24500L, 1.5));

    assertTrue(page.contains("<h1>My tax data</h1>"));
    assertTrue(page.contains("<li>Reference tax income: <strong>€24,500</strong></li>"), page);
    assertTrue(page.contains("<li>Number of shares: <strong>1.5</strong></li>"), page);
  }

  @Test
  void aValueTheProviderDoesNotKnowIsSaidSo() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("rfr", null);

    String page =
        TaxDataPages.result(
            SpMessages.FRENCH,
            "/",
            CITIZEN,
            new TaxDataOutcome(TaxDataOutcome.Kind.RECEIVED, data, ""));

    assertTrue(page.contains("Revenu fiscal de référence : <strong>non communiqué</strong>"), page);
    assertFalse(page.contains("Nombre de parts"));
  }

  @Test
  void theProvidersRefusalIsSaidInClearWordsWithItsDetailEscaped() {
    TaxDataOutcome notFound =
        TaxDataOutcome.ofAnswer(404, "{\"error\":\"not_found\",\"message\":\"<b>none</b>\"}");

    String page = TaxDataPages.result(SpMessages.FRENCH, "/", CITIZEN, notFound);

    assertTrue(page.contains("role=\"alert\""));
    assertTrue(page.contains("ne trouve aucun foyer fiscal à votre nom"), page);
    assertTrue(page.contains("not_found: &lt;b&gt;none&lt;/b&gt;"), page);
    assertFalse(page.contains("Revenu fiscal de référence"));
  }

  @Test
  void anUnreachableProviderIsSaidSo() {
    TaxDataOutcome down =
        TaxDataOutcome.failed(TaxDataOutcome.Kind.UNREACHABLE, "GET http://x could not connect");

    String page = TaxDataPages.result(SpMessages.ENGLISH, "/", CITIZEN, down);

    assertTrue(page.contains("The tax data provider cannot be reached."), page);
  }

  @Test
  void aRefusalAtFcIsSaidAsTheCitizensChoice() {
    String page = TaxDataPages.refused(SpMessages.FRENCH, "/sandbox/");

    assertTrue(page.contains("<h1>Mes données fiscales</h1>"));
    assertTrue(
        page.contains(
            "<p role=\"status\" class=\"notice\">Vous avez refusé de partager vos données"
                + " fiscales avec ce service : il ne les a pas reçues.</p>"),
        page);
    assertTrue(page.contains("<a href=\"/sandbox/sp/\">"));
    assertFalse(page.contains("access_denied"));
  }

  private static TaxDataOutcome received(long rfr, double nbPart) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("rfr", rfr);
    data.put("nbPart", nbPart);
    return new TaxDataOutcome(TaxDataOutcome.Kind.RECEIVED, data, "");
  }
}
