package fr.fc.rnipp;

import fr.fc.identity.PivotIdentity;
import fr.fc.rnipp.connector.RegisterPerson;
import fr.fc.rnipp.connector.RnippResult;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;

/** What the register's answer means for the login (contract section 4, outcome table). */
public final class RegisterIdentity {

  private RegisterIdentity() {}

  /**
   * The identity fc transmits: the register's, with the IdP's email and usage name.
   *
   * @throws FcException the contract's RNIPP error for every answer but a living person found
   */
  public static PivotIdentity of(RnippResult result, PivotIdentity fromIdp) {
    RegisterPerson person =
        switch (result.type()) {
          case TYPE_2_FOUND, TYPE_3_CORRECTED -> result.person();
          case TYPE_4_CLOSE -> throw new FcException(FcError.RNIPP_CLOSE_RECORD);
          case TYPE_6_SEVERAL -> throw new FcException(FcError.RNIPP_SEVERAL_RECORDS);
          case TYPE_7_USAGE_NAME -> throw new FcException(FcError.RNIPP_USAGE_NAME);
          case TYPE_8_NOT_FOUND -> throw new FcException(FcError.RNIPP_NOT_FOUND);
          case TYPE_9_REJECTED -> throw new FcException(FcError.RNIPP_REJECTED);
        };
    if (person.deceased()) {
      throw new FcException(FcError.RNIPP_DECEASED);
    }
    return new PivotIdentity(
        String.join(" ", person.givenNames()),
        person.givenNames(),
        person.birthName(),
        padded(person.birthdate()),
        person.sex().gender(),
        person.bornInFrance() ? person.birthplaceCode() : "",
        person.birthCountryCode(),
        fromIdp.email(),
        fromIdp.preferredUsername());
  }

  /** A presumed date, with its unknown parts set to 01 (contract section 1.7). */
  static String padded(String registerDate) {
    return switch (registerDate.length()) {
      case 4 -> registerDate + "-01-01";
      case 7 -> registerDate + "-01";
      default -> registerDate;
    };
  }
}
