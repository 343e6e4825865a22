package fr.fc.sandbox.dp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

/**
 * The fictitious tax households of foyers-fiscaux.json: {"households": [{"demoAccount",
 * "declarant": {identity claims}, "taxData": {rfr, nbPart, sitFam, pac, aft, aftDetail}}]}. Every
 * household is checked when the file is read, so that a mistake stops the sandbox at startup rather
 * than answering wrongly.
 */
final class TaxHouseholdFile {

  static final String RESOURCE = "foyers-fiscaux.json";
  static final List<String> DECLARANT_CLAIMS =
      List.of("given_name", "family_name", "birthdate", "gender", "birthcountry");
  static final List<String> PAC_FIELDS = List.of("nbPac", "nbPacF", "nbPacJ", "nbPacR", "nbPacH");
  static final List<String> AFT_DETAIL_FIELDS =
      List.of("complementAdresse", "voie", "codePostal", "commune");

  private TaxHouseholdFile() {}

  /** The households of the foyers-fiscaux.json resource. */
  static List<TaxHousehold> read() {
    try (InputStream json = TaxHouseholdFile.class.getResourceAsStream(RESOURCE)) {
      if (json == null) {
        throw new IllegalStateException(RESOURCE + " is missing");
      }
      return parse(new String(json.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<TaxHousehold> parse(String json) {
    Map<String, Object> file;
    try {
      file = JsonUtil.parseJson(json);
    } catch (JoseException | RuntimeException e) {
      throw new IllegalStateException(RESOURCE + " is not a JSON object", e);
    }
    if (!(file.get("households") instanceof List<?> entries)) {
      throw new IllegalStateException(RESOURCE + " has no list of households");
    }
    List<TaxHousehold> households = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      try {
        households.add(household(object(entries.get(i), "the household")));
      } catch (IllegalArgumentException wrong) {
        throw new IllegalStateException(
            RESOURCE + " household " + (i + 1) + ": " + wrong.getMessage(), wrong);
      }
    }
    return List.copyOf(households);
  }

  private static TaxHousehold household(Map<String, Object> entry) {
    String account = text(entry, "demoAccount");
    Map<String, Object> declarant = object(entry.get("declarant"), "declarant");
    DECLARANT_CLAIMS.forEach(claim -> text(declarant, claim));
    Map<String, Object> taxData = object(entry.get("taxData"), "taxData");
    DgfipScopes.FIELDS.forEach(field -> present(taxData, field));
    PAC_FIELDS.forEach(field -> present(object(taxData.get("pac"), "pac"), field));
    AFT_DETAIL_FIELDS.forEach(
        field -> present(object(taxData.get("aftDetail"), "aftDetail"), field));
    return new TaxHousehold(account, PivotIdentity.fromClaims(declarant), taxData);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value, String what) {
    if (value instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    throw new IllegalArgumentException(what + " is not a JSON object");
  }

  private static String text(Map<String, Object> object, String field) {
    if (object.get(field) instanceof String value && !value.isBlank()) {
      return value;
    }
    throw new IllegalArgumentException(field + " is missing or not a text");
  }

  private static void present(Map<String, Object> object, String field) {
    if (!object.containsKey(field)) {
      throw new IllegalArgumentException(field + " is missing (null if unknown)");
    }
  }
}
