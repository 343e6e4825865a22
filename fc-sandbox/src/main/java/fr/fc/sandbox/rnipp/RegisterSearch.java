package fr.fc.sandbox.rnipp;

import static fr.fc.sandbox.rnipp.Identification.Type.CLOSE;
import static fr.fc.sandbox.rnipp.Identification.Type.CORRECTED;
import static fr.fc.sandbox.rnipp.Identification.Type.FOUND;
import static fr.fc.sandbox.rnipp.Identification.Type.NOT_FOUND;
import static fr.fc.sandbox.rnipp.Identification.Type.SEVERAL;
import static fr.fc.sandbox.rnipp.Identification.Type.USAGE_NAME;

import fr.fc.sandbox.rnipp.RegisterRecord.OnMatch;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The register's search: the records that match a query once names are normalised, and the type of
 * answer (see the package documentation for the rules).
 */
@ApplicationScoped
public class RegisterSearch {

  private List<RegisterRecord> records;

  /** For CDI, which then reads persons.csv. */
  RegisterSearch() {}

  RegisterSearch(List<RegisterRecord> records) {
    this.records = List.copyOf(records);
  }

  @PostConstruct
  void load() {
    records = RegisterFile.read();
  }

  Identification identify(IdentityQuery query) {
    List<RegisterRecord> byBirthName =
        matches(query, record -> sameName(query, record.birthName()));
    List<RegisterRecord> byUsageNameOnly =
        matches(
            query,
            record ->
                record.hasUsageName()
                    && sameName(query, record.usageName())
                    && !byBirthName.contains(record));
    List<RegisterRecord> all = new ArrayList<>(byBirthName);
    all.addAll(byUsageNameOnly);
    if (all.isEmpty()) {
      return Identification.without(NOT_FOUND);
    }
    if (all.size() > 1) {
      return new Identification(SEVERAL, all);
    }
    RegisterRecord match = all.get(0);
    if (match.onMatch() == OnMatch.CLOSE) {
      return Identification.without(CLOSE);
    }
    if (byBirthName.isEmpty()) {
      return Identification.of(USAGE_NAME, match);
    }
    return Identification.of(spelledAsAsked(query, match) ? FOUND : CORRECTED, match);
  }

  private List<RegisterRecord> matches(IdentityQuery query, Predicate<RegisterRecord> name) {
    return records.stream()
        .filter(record -> sameGivenNamesAndBirth(query, record))
        .filter(name)
        .toList();
  }

  private static boolean sameName(IdentityQuery query, String name) {
    return NameNormaliser.name(query.nom()).equals(NameNormaliser.name(name));
  }

  private static boolean sameGivenNamesAndBirth(IdentityQuery query, RegisterRecord record) {
    return query.sexe().equals(record.sex())
        && query.dateNaissance().equals(RegisterDate.queryForm(record.birthdate()))
        && query.codeLieuNaissance().equals(record.placeCode())
        && NameNormaliser.givenNames(query.prenoms())
            .equals(NameNormaliser.givenNames(record.givenNamesText()));
  }

  private static boolean spelledAsAsked(IdentityQuery query, RegisterRecord record) {
    return NameNormaliser.sameSpelling(query.nom(), record.birthName())
        && NameNormaliser.sameSpelling(query.prenoms(), record.givenNamesText());
  }
}
