package fr.fc.audit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.audit.AuditEvent;
import fr.fc.audit.AuditVerification;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The audit pages speak French and English alike, with words for every value they show. */
class AuditMessagesTest {

  private static final List<String> FILES = List.of("AuditMessages.properties", "AuditMessages_en.properties");

  @Test
  void bothLanguagesHaveTheSameWords() throws Exception {
    assertEquals(messages(FILES.get(0)).stringPropertyNames(), messages(FILES.get(1)).stringPropertyNames());
  }

  @Test
  void everyOutcomeFindingAndGroupingHasWords() throws Exception {
    for (String file : FILES) {
      Properties messages = messages(file);
      for (AuditEvent.Outcome outcome : AuditEvent.Outcome.values()) {
        assertTrue(messages.containsKey("outcome." + outcome), outcome + " in " + file);
      }
      for (AuditVerification.Kind kind : AuditVerification.Kind.values()) {
        assertTrue(messages.containsKey("chain.finding." + kind + ".one"), kind + " in " + file);
        assertTrue(messages.containsKey("chain.finding." + kind + ".many"), kind + " in " + file);
      }
      for (VolumesCriteria.Partner partner : VolumesCriteria.Partner.values()) {
        for (String prefix : List.of("field.by.", "col.partner.", "volumes.results.", "volumes.caption.")) {
          assertTrue(messages.containsKey(prefix + partner), prefix + partner + " in " + file);
        }
      }
    }
  }

  @Test
  void frenchEvenOnAnEnglishServer() {
    Locale server = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      ResourceBundle.clearCache();
      ResourceBundle french = ResourceBundle.getBundle("fr.fc.audit.web.AuditMessages", Locale.FRENCH);
      assertEquals("Se d\u00e9connecter", french.getString("frame.logout"));
      assertEquals("Log out", ResourceBundle.getBundle("fr.fc.audit.web.AuditMessages", Locale.ENGLISH).getString("frame.logout"));
    } finally {
      Locale.setDefault(server);
      ResourceBundle.clearCache();
    }
  }

  @Test
  void pageTitlesTellOfErrors() throws Exception {
    assertEquals("Erreur - ", messages(FILES.get(0)).getProperty("frame.title.error"), "RGAA 8.6");
    assertEquals("Error - ", messages(FILES.get(1)).getProperty("frame.title.error"), "RGAA 8.6");
  }

  private static Properties messages(String file) throws Exception {
    Properties messages = new Properties();
    try (InputStream in = AuditMessagesTest.class.getResourceAsStream(file)) {
      messages.load(in);
    }
    return messages;
  }
}
