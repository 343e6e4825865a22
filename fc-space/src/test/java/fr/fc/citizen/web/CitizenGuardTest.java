package fr.fc.citizen.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which paths need a login, which pages a login comes back to, which parameters are refused. */
class CitizenGuardTest {

  @Test
  void everyPageButTheWelcomeAndFailurePagesNeedsALogin() {
    for (String path : new String[] {"", "/", "/index.xhtml", "/preferences.xhtml", "/signalement.xhtml", "/unknown.xhtml"}) {
      assertTrue(CitizenGuard.guarded(path), path);
    }
    for (String path : new String[] {"/connexion.xhtml", "/connexion-impossible.xhtml", "/jakarta.faces.resource/faces.js.xhtml", "/connexion", "/callback", "/export.csv", "/deconnexion"}) {
      assertFalse(CitizenGuard.guarded(path), path);
    }
  }

  @Test
  void aLoginComesBackOnlyToOneOfTheSpacesPages() {
    assertEquals(Optional.of("/signalement.xhtml?code=ABCD-1234"), ReturnTo.of("/signalement.xhtml", "code=ABCD-1234"));
    assertEquals(Optional.of("/preferences.xhtml"), ReturnTo.of("/preferences.xhtml", null));
    assertEquals(Optional.empty(), ReturnTo.of("/index.xhtml", null));
    assertEquals(Optional.empty(), ReturnTo.of("/connexion.xhtml", null));
    assertEquals(Optional.empty(), ReturnTo.of("//evil.example/x.xhtml", null));
    assertEquals(Optional.empty(), ReturnTo.of("/signalement.xhtml", "code=<script>"));
    assertEquals(Optional.empty(), ReturnTo.of("/signalement.xhtml", "a=" + "b".repeat(300)));
    assertEquals(Optional.empty(), ReturnTo.of("/export.csv", null));
  }

  @Test
  void parametersAreBounded() {
    assertTrue(ParameterBounds.withinBounds(Map.of("code", new String[] {"ABCD-1234"})));
    assertTrue(ParameterBounds.withinBounds(Map.of("v", new String[] {"x".repeat(ParameterBounds.MAX_VALUE_LENGTH)})));
    assertFalse(ParameterBounds.withinBounds(Map.of("v", new String[] {"x".repeat(ParameterBounds.MAX_VALUE_LENGTH + 1)})));
    assertFalse(ParameterBounds.withinBounds(Map.of("n".repeat(ParameterBounds.MAX_NAME_LENGTH + 1), new String[] {"x"})));
    assertFalse(ParameterBounds.withinBounds(Map.of("shown", new String[ParameterBounds.MAX_PARAMETERS + 1])));
  }
}
