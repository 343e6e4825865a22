package fr.fc.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.fc.shared.web.PageText;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A help page shows its paragraphs and steps in their order, as many as its words have. */
class HelpPageTest {

  @Test
  void theStepsComeInTheirOrderUpToTheLast() {
    PageText text = PageText.of("fr.fc.shared.api.HelpMessages", Locale.FRENCH);

    assertEquals(
        List.of("help.identite.step.1", "help.identite.step.2", "help.identite.step.3", "help.identite.step.4"),
        HelpPage.numbered(text, "help.identite.step."));
    assertEquals(List.of(), HelpPage.numbered(text, "help.nothing."));
  }
}
