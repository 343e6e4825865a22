package fr.fc.citizen.web;

import fr.fc.citizen.IdpPreference;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the preferences form sent, as CitizenSpace takes it: for each identity provider the form
 * showed (its hidden {@code shown} fields) and fc still offers, whether its checkbox was ticked. A
 * provider the form did not show (registered since) is left out: its checkbox's absence is no
 * choice.
 */
final class PreferencesForm {

  /** The hidden fields naming the providers the form showed. */
  static final String SHOWN = "shown";
  static final String NEW_IDPS = "new-idps-allowed";
  static final String ID_PREFIX = "idp-";

  private PreferencesForm() {}

  /** The checkbox id (and name) of each provider, by its id. */
  static Map<String, String> fieldIds(List<IdpPreference> offered) {
    return FieldIds.of(ID_PREFIX, offered.stream().map(IdpPreference::idpId).toList());
  }

  /**
   * @param shown the ids the form showed, as sent
   * @param ticked whether the form sent the field of this name
   */
  static Map<String, Boolean> choices(List<IdpPreference> offered, Collection<String> shown, Predicate<String> ticked) {
    Set<String> wasShown = Set.copyOf(shown);
    Map<String, Boolean> choices = new LinkedHashMap<>();
    for (Map.Entry<String, String> field : fieldIds(offered).entrySet()) {
      if (wasShown.contains(field.getKey())) {
        choices.put(field.getKey(), ticked.test(field.getValue()));
      }
    }
    return choices;
  }
}
