package fr.fc.identity;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The INSEE COG codes fc accepts: commune codes for a birthplace (current ones and those of
 * communes since merged) and country codes for a birth country (current and historical).
 */
public final class CogCatalogue {

  /** The COG country code of France. */
  public static final String FRANCE = "99100";

  private static final Pattern COUNTRY_CODE = Pattern.compile("\\d{5}");

  private final Set<String> communes;
  private final Set<String> countries;

  CogCatalogue(Set<String> communes, Set<String> countries) {
    this.communes = Set.copyOf(communes);
    this.countries = Set.copyOf(countries);
  }

  /** The catalogue of the COG files bundled with fc, read once on first use. */
  public static CogCatalogue bundled() {
    return Bundled.CATALOGUE;
  }

  public boolean isCommune(String code) {
    return communes.contains(code);
  }

  public boolean isCountry(String code) {
    return countries.contains(code);
  }

  private static CogCatalogue load() {
    Set<String> communes = new HashSet<>();
    CogCsv communeFile = CogCsv.read("communes.csv");
    communes.addAll(communeFile.column("code"));
    communeFile
        .column("anciens_codes")
        .forEach(codes -> communes.addAll(Arrays.asList(codes.split(" "))));
    communes.remove("");

    Set<String> countries = new HashSet<>();
    addCountryCodes(countries, CogCsv.read("pays.csv").column("code"));
    CogCsv history = CogCsv.read("pays-historique.csv");
    addCountryCodes(countries, history.column("code"));
    addCountryCodes(countries, history.column("ancien_code_geographique"));
    return new CogCatalogue(communes, countries);
  }

  // pays-historique.csv writes XXXXX where an entity has no code of its own.
  private static void addCountryCodes(Set<String> countries, Collection<String> codes) {
    codes.stream().filter(code -> COUNTRY_CODE.matcher(code).matches()).forEach(countries::add);
  }

  private static final class Bundled {
    private static final CogCatalogue CATALOGUE = load();
  }
}
