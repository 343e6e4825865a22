package fr.fc.data;

import java.util.Arrays;
import java.util.Optional;

/**
 * The data scopes of the contract (section 3.3): what an SP may ask a data provider about the
 * citizen, with the citizen's consent. Each is served by the data provider registered for it; the
 * consent page names it in French and English (ConsentMessages, claim.&lt;scope&gt;).
 */
public enum DataScope {
  DGFIP_RFR("dgfip_rfr"),
  DGFIP_NBPART("dgfip_nbpart"),
  DGFIP_SITFAM("dgfip_sitfam"),
  DGFIP_PAC("dgfip_pac"),
  DGFIP_NBPAC("dgfip_nbpac"),
  DGFIP_AFT("dgfip_aft"),
  DGFIP_INDDEFICIT("dgfip_inddeficit"),
  DGFIP_PARISO("dgfip_pariso"),
  DGFIP_DECL("dgfip_decl"),
  DGFIP_LOCAUX_TH("dgfip_locaux_th"),
  DGFIP_LOCAUX_TH_IDENT("dgfip_locaux_th_ident"),
  DGFIP_ANNEE_N_MOINS_1("dgfip_annee_n_moins_1"),
  DGFIP_ANNEE_N_MOINS_2("dgfip_annee_n_moins_2"),
  DGFIP_ANNEE_N_MOINS_3("dgfip_annee_n_moins_3"),
  DGFIP_ANNEE_N_MOINS_2_SI_INDISPO_N_MOINS_1("dgfip_annee_n_moins_2_si_indispo_n_moins_1");

  private final String value;

  DataScope(String value) {
    this.value = value;
  }

  /** The scope as written in a request. */
  public String value() {
    return value;
  }

  public static Optional<DataScope> of(String value) {
    return Arrays.stream(values()).filter(scope -> scope.value.equals(value)).findFirst();
  }

  public static boolean isDataScope(String value) {
    return of(value).isPresent();
  }
}
