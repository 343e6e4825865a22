package fr.fc.citizen.web;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ids (and names) of the pages' elements made from fc's values: an identity provider's
 * checkbox {@code idp-<id>}, a connection's row {@code connection-<code>}. Each character but
 * ASCII letters, digits, '-' and '_' becomes '_'; a second value giving the same id gets "-2",
 * the third "-3"...
 */
final class FieldIds {

  private FieldIds() {}

  static String sanitised(String value) {
    StringBuilder id = new StringBuilder(value.length());
    for (char c : value.toCharArray()) {
      boolean kept = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
      id.append(kept ? c : '_');
    }
    return id.toString();
  }

  /** For each value, in order, its id: {@code prefix} then the value sanitised, unique among them. */
  static Map<String, String> of(String prefix, List<String> values) {
    Map<String, String> ids = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    for (String value : values) {
      if (ids.containsKey(value)) {
        continue;
      }
      String base = prefix + sanitised(value);
      String id = base;
      for (int n = 2; !used.add(id); n++) {
        id = base + "-" + n;
      }
      ids.put(value, id);
    }
    return ids;
  }
}
