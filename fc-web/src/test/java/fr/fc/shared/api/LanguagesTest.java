package fr.fc.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Which language a page speaks: the SP's ui_locales, then the browser's, then French. */
class LanguagesTest {

  private static final List<Locale> ENGLISH_BROWSER = List.of(Locale.forLanguageTag("en-GB"), Locale.FRENCH);

  @Test
  void theBrowsersFirstSpokenLanguage() {
    assertEquals(Locale.ENGLISH, Languages.preferred(ENGLISH_BROWSER));
    assertEquals(Locale.FRENCH, Languages.preferred(List.of(Locale.GERMAN, Locale.forLanguageTag("fr-CA"))));
    assertEquals(Locale.FRENCH, Languages.preferred(List.of(Locale.GERMAN)));
    assertEquals(Locale.FRENCH, Languages.preferred(List.of()));
  }

  @Test
  void theAcceptLanguageHeaderMostWantedFirst() {
    assertEquals(List.of(Locale.forLanguageTag("en-GB"), Locale.ENGLISH), Languages.acceptable("en-GB,en;q=0.8"));
    assertEquals(Locale.ENGLISH, Languages.preferred(Languages.acceptable("fr;q=0.2, en-GB")));
    assertEquals(Locale.FRENCH, Languages.preferred(Languages.acceptable("en;q=0, fr")), "q=0 means not wanted");
    assertEquals(List.of(), Languages.acceptable(null));
  }

  @Test
  void aMalformedAcceptLanguageMeansFrench() {
    for (String malformed : List.of("en;q=abc", "en;q=2", "en_US", "fr, en;q=")) {
      assertEquals(List.of(), Languages.acceptable(malformed), malformed);
      assertEquals(Locale.FRENCH, Languages.preferred(Languages.acceptable(malformed)), malformed);
    }
  }

  @Test
  void theSpsUiLocalesComeFirst() {
    assertEquals(Locale.FRENCH, Languages.preferred("fr-FR en", ENGLISH_BROWSER));
    assertEquals(Locale.ENGLISH, Languages.preferred("de  en-US", List.of(Locale.FRENCH)));
  }

  @Test
  void uiLocalesFcDoesNotSpeakLeaveItToTheBrowser() {
    assertEquals(Locale.ENGLISH, Languages.preferred("de it", ENGLISH_BROWSER));
    assertEquals(Locale.ENGLISH, Languages.preferred(" ", ENGLISH_BROWSER));
    assertEquals(Locale.ENGLISH, Languages.preferred(null, ENGLISH_BROWSER));
  }
}
