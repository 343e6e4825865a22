package fr.fc.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A page's words name the service as its deployer chose, FranceConnect unless told otherwise. */
class PageTextTest {

  private static final String HELP = "fr.fc.shared.api.HelpMessages";

  @Test
  void theDefaultNameIsFranceConnect() {
    PageText text = PageText.of(HELP, Locale.FRENCH);

    assertEquals("Qu'est-ce que FranceConnect ?", text.get("page.what-is"));
    assertEquals("FranceConnect", text.product());
  }

  @Test
  void theDeployersNameReplacesItEverywhere() {
    PageText text = PageText.of(HELP, Locale.ENGLISH).naming("MinistryConnect");

    assertEquals("What is MinistryConnect?", text.get("page.what-is"));
    assertEquals("Home - MinistryConnect", text.get("page.home"));
    assertEquals("Help - Your login was interrupted", text.format("help.page-title", text.get("help.session.title")));
    assertFalse(text.values().stream().anyMatch(words -> words.contains(PageText.PRODUCT)));
  }

  @Test
  void aMissingKeyShowsAndWordsWithoutTheNameStayAsTheyAre() {
    PageText text = PageText.of(HELP, Locale.FRENCH).naming("X");

    assertEquals("???nope???", text.get("nope"));
    assertEquals("Aide", text.get("help.index.title"));
  }
}
