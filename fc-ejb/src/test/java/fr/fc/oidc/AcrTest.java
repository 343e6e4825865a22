package fr.fc.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The levels of assurance, as fc offers IdPs and asks them for a level (contract section 2.1). */
class AcrTest {

  @Test
  void anIdpReachesALevelWhenOneOfItsLevelsIsAtLeastThatHigh() {
    assertTrue(Acr.reachable(List.of("eidas3"), "eidas2"));
    assertTrue(Acr.reachable(List.of("eidas1", "eidas2"), "eidas2"));
    assertFalse(Acr.reachable(List.of("eidas1"), "eidas2"), "an eidas1 IdP is never offered to an eidas2 request");
    assertFalse(Acr.reachable(List.of("eidas2"), "eidas3"));
    assertFalse(Acr.reachable(List.of("unknown"), "eidas1"));
  }

  @Test
  void fcAsksTheHigherOfTheSpsLevelAndTheIdpsLowest() {
    assertEquals("eidas1", Acr.toAsk(List.of("eidas1"), "eidas1"));
    assertEquals("eidas3", Acr.toAsk(List.of("eidas3"), "eidas2"));
    assertEquals("eidas3", Acr.toAsk(List.of("eidas2", "eidas3"), "eidas3"));
    assertEquals("eidas2", Acr.toAsk(List.of("eidas2", "eidas3"), "eidas1"));
  }
}
