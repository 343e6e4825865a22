package fr.fc.sandbox.dp;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The data provider's tax households, read from foyers-fiscaux.json at startup. */
@ApplicationScoped
public class TaxHouseholds {

  private List<TaxHousehold> households;

  /** For CDI, which then reads foyers-fiscaux.json. */
  TaxHouseholds() {}

  TaxHouseholds(List<TaxHousehold> households) {
    this.households = List.copyOf(households);
  }

  @PostConstruct
  void load() {
    households = TaxHouseholdFile.read();
  }

  /** The citizen's one household; fails with NOT_FOUND when none or several match. */
  TaxHousehold of(PivotIdentity citizen) {
    return Reconciliation.householdOf(citizen, households);
  }
}
