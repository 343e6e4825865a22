package fr.fc.sandbox.dp;

import java.util.List;

/**
 * Finds the citizen's tax household (contract section 3.1): the one household whose declarant has
 * the citizen's {@link ReconciliationKey}. None, or several, and no data is released.
 */
final class Reconciliation {

  private Reconciliation() {}

  static TaxHousehold householdOf(PivotIdentity citizen, List<TaxHousehold> households) {
    ReconciliationKey key = ReconciliationKey.of(citizen);
    if (!key.isComplete()) {
      throw new DpException(
          DpError.NOT_FOUND, "fc sent no given name, family name or birth date to reconcile");
    }
    List<TaxHousehold> matches =
        households.stream().filter(household -> household.key().equals(key)).toList();
    if (matches.isEmpty()) {
      throw new DpException(DpError.NOT_FOUND, "no tax household matches the citizen's identity");
    }
    if (matches.size() > 1) {
      throw new DpException(
          DpError.NOT_FOUND,
          "several tax households match the citizen's identity: none can be chosen");
    }
    return matches.get(0);
  }
}
