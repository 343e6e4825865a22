package fr.fc.rnipp;

import fr.fc.identity.Birthdate;
import fr.fc.identity.PivotIdentity;
import fr.fc.rnipp.connector.RnippQuery;

/** The register query for an IdP's identity (contract section 4, "Request"). */
public final class RnippQueries {

  private RnippQueries() {}

  /**
   * @param birthdate the birthdate as the IdP sent it, presumed parts as 00
   */
  public static RnippQuery of(PivotIdentity identity, Birthdate birthdate) {
    return new RnippQuery(
        identity.familyName(),
        identity.givenNames(),
        birthdate.idpForm(),
        identity.gender(),
        identity.bornInFrance() ? identity.birthplace() : identity.birthcountry());
  }
}
