package fr.fc.rnipp.connector;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.List;

/**
 * A person as the register knows them (one {@code Individu} of an answer).
 *
 * @param birthName the birth name ({@code NomNaissance})
 * @param usageName the usage name ({@code NomUsage}), {@code null} when the register has none
 * @param givenNames the given names, in the register's order
 * @param sex the register's sex
 * @param birthdate as the register writes it: {@code YYYY-MM-DD}, or {@code YYYY-MM} or {@code
 *     YYYY} when presumed
 * @param birthplaceCode the COG commune code ({@code Localite@code}), {@code null} when born abroad
 * @param birthCountryCode the COG country code ({@code Pays@code}), 99100 when the register gives
 *     only a commune
 * @param deceased whether the register records a death ({@code Deces})
 * @param deathDate the date of death as the register writes it, {@code null} when not given
 */
public record RegisterPerson(
    String birthName,
    String usageName,
    List<String> givenNames,
    Sex sex,
    String birthdate,
    String birthplaceCode,
    String birthCountryCode,
    boolean deceased,
    String deathDate)
    implements Serializable {

  /** The COG code of France, the birth country when the register gives only a commune. */
  public static final String FRANCE = "99100";

  /** The register's sex, and the OIDC {@code gender} it stands for. */
  public enum Sex {
    M("male"),
    F("female"),
    I("unspecified");

    private final String gender;

    Sex(String gender) {
      this.gender = gender;
    }

    /** The OIDC {@code gender}: male, female or unspecified. */
    public String gender() {
      return gender;
    }

    /**
     * The sex of an OIDC {@code gender}.
     *
     * @throws IllegalArgumentException unless male, female or unspecified
     */
    public static Sex ofGender(String gender) {
      for (Sex sex : values()) {
        if (sex.gender.equals(gender)) {
          return sex;
        }
      }
      throw new IllegalArgumentException("gender must be male, female or unspecified");
    }
  }

  public RegisterPerson {
    requireNonNull(birthName, "birthName");
    givenNames = List.copyOf(givenNames);
    requireNonNull(sex, "sex");
    requireNonNull(birthdate, "birthdate");
    requireNonNull(birthCountryCode, "birthCountryCode");
    if (deathDate != null && !deceased) {
      throw new IllegalArgumentException("a death date needs deceased");
    }
  }

  /** Whether the register places the birth in France. */
  public boolean bornInFrance() {
    return FRANCE.equals(birthCountryCode);
  }

  /** Personal data: kept out of logs and exception messages. */
  @Override
  public String toString() {
    return "RegisterPerson[withheld]";
  }
}
