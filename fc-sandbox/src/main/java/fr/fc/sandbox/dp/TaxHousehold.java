package fr.fc.sandbox.dp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fictitious tax household: the demo account it serves (for people reading the data file), its
 * declarant, and its tax data under the DGFiP API's field names (rfr, nbPart, sitFam, pac, aft,
 * aftDetail).
 */
record TaxHousehold(String demoAccount, PivotIdentity declarant, Map<String, Object> taxData) {

  TaxHousehold {
    taxData = Collections.unmodifiableMap(new LinkedHashMap<>(taxData));
  }

  ReconciliationKey key() {
    return ReconciliationKey.of(declarant);
  }
}
