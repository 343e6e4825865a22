package fr.fc.audit.web;

import fr.fc.shared.config.Setting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The auditors {@code fc.audit.auditors} names: a comma-separated list of {@code name:stored
 * password} (see {@link AuditorPassword}). An entry that is malformed lets nobody in, and is
 * reported by name, never with its value.
 */
final class AuditorAccounts {

  static final String KEY = Setting.AUDITORS.key();

  private final Map<String, String> passwords;
  private final List<String> problems;

  private AuditorAccounts(Map<String, String> passwords, List<String> problems) {
    this.passwords = passwords;
    this.problems = problems;
  }

  static AuditorAccounts parse(String setting) {
    if (setting == null) {
      return new AuditorAccounts(Map.of(), List.of());
    }
    Map<String, String> passwords = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    String[] entries = setting.split(",");
    for (int i = 0; i < entries.length; i++) {
      String entry = entries[i].trim();
      if (entry.isEmpty()) {
        continue;
      }
      int colon = entry.indexOf(':');
      String name = colon < 0 ? "" : entry.substring(0, colon).trim();
      String place = "entry " + (i + 1);
      if (colon < 0) {
        problems.add(place + " is not name:hash");
      } else if (name.isEmpty()) {
        problems.add(place + " has no name");
      } else if (!AuditorPassword.wellFormed(entry.substring(colon + 1))) {
        problems.add(place + " (" + name + ") has no well-formed password hash");
      } else if (passwords.putIfAbsent(name, entry.substring(colon + 1).trim()) != null) {
        problems.add(place + " (" + name + ") names an auditor already named: only the first counts");
      }
    }
    return new AuditorAccounts(Map.copyOf(passwords), List.copyOf(problems));
  }

  /** The stored password of the auditor with this name. */
  Optional<String> password(String name) {
    return Optional.ofNullable(name == null ? null : passwords.get(name));
  }

  boolean isEmpty() {
    return passwords.isEmpty();
  }

  /** What is wrong in the setting, one line per entry. */
  List<String> problems() {
    return problems;
  }
}
