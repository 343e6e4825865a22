package fr.fc.sandbox.idp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  void speaksFrenchByDefault() {
    assertEquals(Language.FRENCH, Language.choose(null, null));
    assertEquals(Language.FRENCH, Language.choose("de", "it-IT,es;q=0.5"));
  }

  @Test
  void followsUiLocalesFirst() {
    assertEquals(Language.ENGLISH, Language.choose("en-GB fr", "fr-FR"));
    assertEquals(Language.FRENCH, Language.choose("de fr-CA en", "en"));
  }

  @Test
  void fallsBackToTheBrowsersPreferredLanguage() {
    assertEquals(Language.ENGLISH, Language.choose(null, "en-US,en;q=0.9"));
    assertEquals(Language.ENGLISH, Language.choose("de", "de-DE,en;q=0.8,fr;q=0.5"));
    assertEquals(Language.ENGLISH, Language.choose(null, "fr;q=0.3, en;q=0.7"));
    assertEquals(Language.FRENCH, Language.choose(null, "en;q=0, fr;q=0.1"));
  }

  @Test
  void ignoresMalformedWeights() {
    assertEquals(Language.FRENCH, Language.choose(null, "en;q=abc, fr"));
  }

  @Test
  void hasTheSameTextsInBothLanguages() throws IOException {
    assertEquals(keys("fr"), keys("en"));
    assertEquals(
        "Connexion – Impots.gouv (démonstration)",
        Language.FRENCH.text("login.title", Language.FRENCH.text("idp.impots.title")));
    assertEquals("Sign in", Language.ENGLISH.text("login.submit"));
  }

  @Test
  void titlesEveryIdp() {
    for (String id : IdpCatalogue.IDS) {
      assertTrue(Language.FRENCH.text("idp." + id + ".title").endsWith("(démonstration)"));
      assertTrue(Language.ENGLISH.text("idp." + id + ".title").endsWith("(demo)"));
    }
  }

  private static Set<Object> keys(String language) throws IOException {
    Properties texts = new Properties();
    try (InputStream file =
        Language.class.getResourceAsStream("messages_" + language + ".properties")) {
      texts.load(new InputStreamReader(file, StandardCharsets.UTF_8));
    }
    return texts.keySet();
  }
}
