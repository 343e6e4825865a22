package fr.fc.sandbox.dp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Households and citizens built for the tests. */
final class TestHouseholds {

  private TestHouseholds() {}

  static PivotIdentity identity(
      String givenNames, String familyName, String birthdate, String gender, String country) {
    return new PivotIdentity(
        List.of(givenNames.split(" ")), familyName, birthdate, gender, "", country);
  }

  static TaxHousehold household(String account, PivotIdentity declarant, long rfr) {
    return new TaxHousehold(account, declarant, taxData(rfr));
  }

  /** Tax data with every field, the address complement empty. */
  static Map<String, Object> taxData(long rfr) {
    Map<String, Object> pac = new LinkedHashMap<>();
    pac.put("nbPac", 1L);
    pac.put("nbPacF", 1L);
    pac.put("nbPacJ", 0L);
    pac.put("nbPacR", 0L);
    pac.put("nbPacH", 0L);
    Map<String, Object> aftDetail = new LinkedHashMap<>();
    aftDetail.put("complementAdresse", "");
    aftDetail.put("voie", "12 RUE DE L'EXEMPLE");
    aftDetail.put("codePostal", "75007");
    aftDetail.put("commune", "PARIS");
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("rfr", rfr);
    data.put("nbPart", 1.5);
    data.put("sitFam", "D");
    data.put("pac", pac);
    data.put("aft", "12 RUE DE L'EXEMPLE 75007 PARIS");
    data.put("aftDetail", aftDetail);
    return data;
  }
}
