package fr.fc.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.shared.error.FcError;
import fr.fc.shared.web.PageText;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The frame's and the citizens' information pages' words: the same keys in French and English, the
 * service named as its deployer chose, each error family's help and advice, and no advice that
 * cannot help.
 */
class PageBundlesTest {

  private static final List<String> BUNDLES =
      List.of("PageMessages", "HomeMessages", "AboutMessages", "HelpMessages", "AccessibilityMessages", "ErrorMessages");

  // Register refusals: the same identity is refused again, so starting again never helps.
  private static final List<FcError> REGISTER_REFUSALS =
      List.of(
          FcError.RNIPP_CLOSE_RECORD, FcError.RNIPP_SEVERAL_RECORDS, FcError.RNIPP_USAGE_NAME, FcError.RNIPP_NOT_FOUND,
          FcError.RNIPP_REJECTED, FcError.RNIPP_DECEASED);

  @Test
  void bothLanguagesHaveTheSameWords() throws Exception {
    for (String bundle : BUNDLES) {
      assertEquals(
          messages(bundle + ".properties").stringPropertyNames(),
          messages(bundle + "_en.properties").stringPropertyNames(),
          bundle);
    }
  }

  @Test
  void theServiceIsNamedAsItsDeployerChose() throws Exception {
    for (String bundle : BUNDLES) {
      for (String file : List.of(bundle + ".properties", bundle + "_en.properties")) {
        Properties words = messages(file);
        for (String key : words.stringPropertyNames()) {
          assertFalse(words.getProperty(key).contains("FranceConnect"), file + " " + key + " should name the service " + PageText.PRODUCT);
        }
      }
    }
  }

  @Test
  void everyFamilyHasItsHelpPageAndItsAdvice() {
    for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
      PageText help = PageText.of("fr.fc.shared.api.HelpMessages", locale);
      PageText errors = PageText.of("fr.fc.shared.api.ErrorMessages", locale);
      for (ErrorFamily family : ErrorFamily.values()) {
        assertTrue(help.containsKey(family.titleKey()), family + " " + locale);
        assertTrue(help.containsKey(family.summaryKey()), family + " " + locale);
        assertFalse(HelpPage.numbered(help, "help." + family.slug() + ".what.").isEmpty(), family + " " + locale);
        assertFalse(HelpPage.numbered(help, "help." + family.slug() + ".step.").isEmpty(), family + " " + locale);
        assertTrue(errors.containsKey(family.adviceKey()), family + " " + locale);
        assertTrue(errors.containsKey(family.linkKey()), family + " " + locale);
      }
    }
  }

  @Test
  void eachRegisterRefusalHasItsOwnAdviceAndNeverSaysToStartAgain() {
    for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
      PageText errors = PageText.of("fr.fc.shared.api.ErrorMessages", locale);
      for (FcError refusal : REGISTER_REFUSALS) {
        String words = errors.get(refusal.messageKey()) + " " + errors.get(ErrorPage.adviceKey(refusal, ErrorFamily.of(refusal), errors));
        assertFalse(words.toLowerCase(Locale.ROOT).matches(".*(recommencez|r\u00e9essayez|try again|log in again|help page|page d'aide).*"), refusal + ": " + words);
        for (FcError other : REGISTER_REFUSALS) {
          if (other != refusal) {
            assertNotEquals(errors.get(other.messageKey()), errors.get(refusal.messageKey()), refusal + " and " + other);
          }
        }
      }
    }
  }

  @Test
  void anErrorWhoseFamilysStepWouldNotHelpHasItsOwn() {
    PageText errors = PageText.of("fr.fc.shared.api.ErrorMessages", Locale.FRENCH);

    assertEquals("error.help.Y010011", ErrorPage.adviceKey(FcError.RNIPP_TIMEOUT, ErrorFamily.IDENTITY, errors));
    assertEquals("error.help.identite", ErrorPage.adviceKey(FcError.RNIPP_NOT_FOUND, ErrorFamily.IDENTITY, errors));
    assertTrue(errors.get("error.help.Y010011").contains("R\u00e9essayez"));
  }

  private static Properties messages(String file) throws Exception {
    Properties messages = new Properties();
    try (InputStream in = PageBundlesTest.class.getResourceAsStream(file)) {
      messages.load(in);
    }
    return messages;
  }
}
