package fr.fc.sandbox.rnipp;

import java.util.List;
import java.util.Optional;

/**
 * One person as the register knows them, and how the simulator answers a query that matches them.
 *
 * @param id the demo account the record serves, for people reading persons.csv
 * @param onMatch what a query matching this record gets
 * @param birthName the family name at birth
 * @param usageName the usage (e.g. marital) name, empty when none
 * @param givenNames the given names, in order
 * @param sex M, F or I
 * @param birthdate {@code YYYY-MM-DD}, or {@code YYYY-MM} or {@code YYYY} when presumed
 * @param birthplace the COG commune, absent when born abroad
 * @param birthcountry the COG country, 99100 when born in France
 * @param deathDate {@code YYYY-MM-DD}, empty while alive
 */
record RegisterRecord(
    String id,
    OnMatch onMatch,
    String birthName,
    String usageName,
    List<String> givenNames,
    String sex,
    String birthdate,
    Optional<Place> birthplace,
    Place birthcountry,
    String deathDate) {

  /** What a query matching a record gets. */
  enum OnMatch {
    /** Type 2, 3, 6 or 7, depending on the spelling, the name matched and the other matches. */
    IDENTIFY,
    /** Type 4: the register has a close record that does not match. */
    CLOSE
  }

  /** A COG code and the register's label of that commune or country. */
  record Place(String code, String name) {}

  RegisterRecord {
    givenNames = List.copyOf(givenNames);
  }

  boolean hasUsageName() {
    return !usageName.isEmpty();
  }

  boolean isDeceased() {
    return !deathDate.isEmpty();
  }

  /** The given names as a query spells them: joined by single spaces. */
  String givenNamesText() {
    return String.join(" ", givenNames);
  }

  /** The code a query carries for them: the commune when born in France, else the country. */
  String placeCode() {
    return birthplace.orElse(birthcountry).code();
  }
}
