package fr.fc.sandbox.dp;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The DGFiP scopes this data provider serves and the fields each releases (contract section 3.3, as
 * in the FD example): only the fields of the scopes the citizen granted leave it, and empty values
 * leave as null.
 */
final class DgfipScopes {

  /** The fields of the tax data, in the order of the answers. */
  static final List<String> FIELDS = List.of("rfr", "nbPart", "sitFam", "pac", "aft", "aftDetail");

  static final Map<String, List<String>> FIELDS_BY_SCOPE =
      Map.of(
          "dgfip_rfr", List.of("rfr"),
          "dgfip_nbpart", List.of("nbPart"),
          "dgfip_sitfam", List.of("sitFam"),
          "dgfip_pac", List.of("pac"),
          "dgfip_nbpac", List.of("pac"),
          "dgfip_aft", List.of("aft", "aftDetail"));

  private DgfipScopes() {}

  /** The granted scopes this data provider serves; the others are some other provider's. */
  static Set<String> served(Collection<String> granted) {
    Set<String> served = new TreeSet<>(granted);
    served.retainAll(FIELDS_BY_SCOPE.keySet());
    return served;
  }

  /** The fields of the granted scopes, in the order of {@link #FIELDS}, empty values as null. */
  static Map<String, Object> release(Map<String, Object> taxData, Collection<String> granted) {
    Set<String> fields = new TreeSet<>();
    served(granted).forEach(scope -> fields.addAll(FIELDS_BY_SCOPE.get(scope)));
    Map<String, Object> released = new LinkedHashMap<>();
    FIELDS.stream()
        .filter(fields::contains)
        .forEach(field -> released.put(field, nullIfEmpty(taxData.get(field))));
    return released;
  }

  private static Object nullIfEmpty(Object value) {
    if (value instanceof String text) {
      return text.isBlank() ? null : text;
    }
    if (value instanceof Map<?, ?> object) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      object.forEach((name, nested) -> copy.put(name, nullIfEmpty(nested)));
      return copy;
    }
    return value;
  }
}
