package fr.fc.citizen.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The space speaks French and English alike, with words for every failure it tells. */
class SpaceMessagesTest {

  private static final List<String> FILES = List.of("SpaceMessages.properties", "SpaceMessages_en.properties");
  private static final Pattern PLACEHOLDER = Pattern.compile("%s");

  @Test
  void bothLanguagesHaveTheSameWordsAndPlaceholders() throws Exception {
    Properties french = messages(FILES.get(0));
    Properties english = messages(FILES.get(1));
    assertEquals(french.stringPropertyNames(), english.stringPropertyNames());
    for (String key : french.stringPropertyNames()) {
      assertEquals(placeholders(french.getProperty(key)), placeholders(english.getProperty(key)), key);
    }
  }

  @Test
  void everyLoginFailureHasWords() throws Exception {
    for (String file : FILES) {
      Properties messages = messages(file);
      for (LoginFailure failure : LoginFailure.values()) {
        assertTrue(messages.containsKey("failure." + failure + ".title"), failure + " in " + file);
        assertTrue(messages.containsKey("failure." + failure + ".text"), failure + " in " + file);
      }
      assertTrue(messages.containsKey("failure.GENERIC.title"), file);
    }
  }

  @Test
  void frenchEvenOnAnEnglishServer() {
    Locale server = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      ResourceBundle.clearCache();
      assertEquals("Se d\u00e9connecter", ResourceBundle.getBundle(ViewText.BUNDLE, Locale.FRENCH).getString("frame.logout"));
      assertEquals("Log out", ResourceBundle.getBundle(ViewText.BUNDLE, Locale.ENGLISH).getString("frame.logout"));
    } finally {
      Locale.setDefault(server);
      ResourceBundle.clearCache();
    }
  }

  @Test
  void theWordsTheBriefFixes() throws Exception {
    Properties french = messages(FILES.get(0));
    assertEquals(
        "Vos pr\u00e9f\u00e9rences sont enregistr\u00e9es. Un courriel de confirmation vous a \u00e9t\u00e9 envoy\u00e9.",
        french.getProperty("preferences.saved") + " " + french.getProperty("preferences.saved.mail"));
    assertEquals("Je ne reconnais pas cette connexion", french.getProperty("history.report"));
    assertEquals("Autoriser les nouveaux fournisseurs d'identit\u00e9", french.getProperty("preferences.new.label"));
    assertEquals("Erreur - ", french.getProperty("frame.title.error"), "RGAA 8.6");
  }

  private static int placeholders(String text) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }

  private static Properties messages(String file) throws Exception {
    Properties messages = new Properties();
    try (InputStream in = SpaceMessagesTest.class.getResourceAsStream(file)) {
      messages.load(in);
    }
    return messages;
  }
}
