package fr.fc.shared.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.shared.error.FcError;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every error a citizen can see on fc's error page has its words in French and in English. */
class ErrorMessagesTest {

  @Test
  void everyPageErrorIsExplainedInBothLanguages() throws Exception {
    for (String file : new String[] {"ErrorMessages.properties", "ErrorMessages_en.properties"}) {
      Properties messages = new Properties();
      try (InputStream in = ErrorMessagesTest.class.getResourceAsStream(file)) {
        messages.load(in);
      }
      for (FcError error : FcError.values()) {
        if (error.channel() == FcError.Channel.PAGE) {
          assertTrue(messages.containsKey(error.messageKey()), error + " has no message in " + file);
        }
      }
    }
  }
}
