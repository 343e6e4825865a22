package fr.fc.data.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.data.DataScope;
import fr.fc.data.IdentityScope;
import fr.fc.data.TransmittedClaims;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The information and consent page speaks French and English alike, and names every claim it lists. */
class ConsentMessagesTest {

  private static final Set<String> NEVER_LISTED = Set.of("sub", "amr", "idp_id");

  @Test
  void bothLanguagesHaveTheSameWords() throws Exception {
    assertEquals(messages("ConsentMessages.properties").stringPropertyNames(), messages("ConsentMessages_en.properties").stringPropertyNames());
  }

  @Test
  void everyTransmittedClaimAndSourceHasALabel() throws Exception {
    for (String file : new String[] {"ConsentMessages.properties", "ConsentMessages_en.properties"}) {
      Properties messages = messages(file);
      for (fr.fc.shared.config.Platform platform : fr.fc.shared.config.Platform.values()) {
        for (String claim : IdentityScope.allClaims(platform)) {
          assertTrue(NEVER_LISTED.contains(claim) || messages.containsKey("claim." + claim), claim + " in " + file);
        }
      }
      assertTrue(messages.containsKey("source." + TransmittedClaims.IDENTITY), file);
    }
  }

  @Test
  void everyDataScopeHasALabelInBothLanguages() throws Exception {
    for (String file : new String[] {"ConsentMessages.properties", "ConsentMessages_en.properties"}) {
      Properties messages = messages(file);
      for (DataScope scope : DataScope.values()) {
        assertTrue(messages.containsKey("claim." + scope.value()), scope.value() + " in " + file);
      }
    }
  }

  @Test
  void theConsentBoxSaysWhatTheCitizenAgreesTo() throws Exception {
    assertEquals(
        "J\u2019accepte que {product} transmette mes donn\u00e9es au service pour me connecter",
        messages("ConsentMessages.properties").getProperty("consent.agree"));
    assertTrue(messages("ConsentMessages.properties").getProperty("consent.title.error").startsWith("Erreur - "), "RGAA 8.6");
    assertTrue(messages("ConsentMessages_en.properties").getProperty("consent.title.error").startsWith("Error - "), "RGAA 8.6");
  }

  private static Properties messages(String file) throws Exception {
    Properties messages = new Properties();
    try (InputStream in = ConsentMessagesTest.class.getResourceAsStream(file)) {
      messages.load(in);
    }
    return messages;
  }
}
