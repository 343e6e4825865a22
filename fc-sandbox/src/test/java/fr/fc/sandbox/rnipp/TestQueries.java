package fr.fc.sandbox.rnipp;

import java.util.HashMap;
import java.util.Map;

/** Queries as the connector sends them, for the tests. */
final class TestQueries {

  private TestQueries() {}

  /** The wire parameters of Angela Claire Louise DUBOIS (account test), then the given changes. */
  static Map<String, String> dubois(String... changes) {
    Map<String, String> parameters = new HashMap<>();
    parameters.put("rechercheType", "S");
    parameters.put("nom", "DUBOIS");
    parameters.put("prenoms", "Angela Claire Louise");
    parameters.put("dateNaissance", "19620824");
    parameters.put("sexe", "F");
    parameters.put("codeLieuNaissance", "75107");
    for (int i = 0; i < changes.length; i += 2) {
      parameters.put(changes[i], changes[i + 1]);
    }
    return parameters;
  }
}
