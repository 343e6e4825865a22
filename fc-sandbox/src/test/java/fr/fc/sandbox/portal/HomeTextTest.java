package fr.fc.sandbox.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class HomeTextTest {

  @Test
  void speaksFrenchByDefault() {
    assertEquals(HomeText.FRENCH, HomeText.forLanguages(List.of()));
    assertEquals(HomeText.FRENCH, HomeText.forLanguages(List.of(Locale.GERMAN, Locale.ITALIAN)));
  }

  @Test
  void followsTheFirstLanguageItSpeaks() {
    assertEquals(HomeText.ENGLISH, HomeText.forLanguages(List.of(Locale.GERMAN, Locale.UK, Locale.FRENCH)));
    assertEquals(HomeText.FRENCH, HomeText.forLanguages(List.of(Locale.FRANCE, Locale.ENGLISH)));
    assertEquals("en", HomeText.ENGLISH.code());
  }

  @Test
  void everyWordExistsInBothLanguages() throws IOException {
    assertEquals(messages("messages.properties").keySet(), messages("messages_en.properties").keySet());
  }

  @Test
  void everySectionAndFlowHasItsWords() throws IOException {
    Properties french = messages("messages.properties");
    PortalPage.SECTIONS.forEach(section -> assertEquals(true, french.containsKey(section + ".title"), section));
    SpStart.all(variant -> "c").forEach(start -> {
      assertEquals(true, french.containsKey("sp." + start.key() + ".title"), start.key());
      assertEquals(true, french.containsKey("sp." + start.key() + ".text"), start.key());
    });
    Catalogues.NAMES.forEach(name -> assertEquals(true, french.containsKey("catalogues." + name), name));
  }

  private static Properties messages(String file) throws IOException {
    Properties messages = new Properties();
    try (InputStream in = HomeText.class.getResourceAsStream(file)) {
      messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return messages;
  }
}
