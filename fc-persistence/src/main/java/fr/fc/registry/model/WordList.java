package fr.fc.registry.model;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A set of words (scopes, prompts, ids) kept in one column, separated by spaces. */
final class WordList {

  private WordList() {}

  static String join(Collection<String> words) {
    return String.join(" ", words);
  }

  static Set<String> split(String column) {
    return column.isBlank() ? new LinkedHashSet<>() : new LinkedHashSet<>(List.of(column.trim().split(" +")));
  }
}
