package fr.fc.sandbox.dp;

/**
 * What must be equal for a citizen to be a household's declarant (contract section 3.1): the first
 * given name and the family name as comparable names, the birth date, the gender, the birth
 * country. The birth place is not compared, as in the FD example.
 */
record ReconciliationKey(
    String firstGivenName,
    String familyName,
    String birthdate,
    String gender,
    String birthcountry) {

  static ReconciliationKey of(PivotIdentity identity) {
    return new ReconciliationKey(
        ComparableName.of(identity.firstGivenName()),
        ComparableName.of(identity.familyName()),
        identity.birthdate(),
        identity.gender(),
        identity.birthcountry());
  }

  /** Whether a citizen with this key can be told from anyone: names and birth date known. */
  boolean isComplete() {
    return !firstGivenName.isEmpty() && !familyName.isEmpty() && !birthdate.isEmpty();
  }

  /** No personal data in logs or messages. */
  @Override
  public String toString() {
    return "ReconciliationKey[...]";
  }
}
