package fr.fc.citizen.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.fc.citizen.IdpPreference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The preferences form as CitizenSpace takes it: shown providers only, ticked = allowed. */
class PreferencesFormTest {

  private static final List<IdpPreference> OFFERED =
      List.of(
          new IdpPreference("impots", "Imp\u00f4ts", true),
          new IdpPreference("fi demo/2", "Demo 2", false),
          new IdpPreference("ameli", "Ameli", true));

  @Test
  void fieldIdsAreSanitisedAndUnique() {
    assertEquals(
        Map.of("impots", "idp-impots", "fi demo/2", "idp-fi_demo_2", "ameli", "idp-ameli"), PreferencesForm.fieldIds(OFFERED));
    assertEquals(
        Map.of("a.b", "idp-a_b", "a/b", "idp-a_b-2", "a_b", "idp-a_b-3"),
        PreferencesForm.fieldIds(List.of(new IdpPreference("a.b", "1", true), new IdpPreference("a/b", "2", true), new IdpPreference("a_b", "3", true))));
  }

  @Test
  void tickedIsAllowedUntickedBlockedUnshownLeftOut() {
    Set<String> sent = Set.of("idp-fi_demo_2");
    Map<String, Boolean> expected = new LinkedHashMap<>();
    expected.put("impots", false);
    expected.put("fi demo/2", true);
    assertEquals(expected, PreferencesForm.choices(OFFERED, List.of("impots", "fi demo/2", "unknown"), sent::contains));
  }

  @Test
  void nothingShownNothingChosen() {
    assertEquals(Map.of(), PreferencesForm.choices(OFFERED, List.of(), name -> true));
  }
}
