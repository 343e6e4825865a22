package fr.fc.sandbox.portal;

import fr.fc.sandbox.sp.SpVariant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A button of the portal that starts one of the demo SP's flows: a GET of {@code path} under the
 * sandbox's root with {@code query}, as the registration whose client id it shows. Its words are
 * the portal's {@code sp.<key>.title} and {@code sp.<key>.text}; its element id, for browser tests,
 * {@code start-<clientId>} and a suffix when a registration has several flows.
 */
record SpStart(String key, String clientId, String idSuffix, String path, Map<String, String> query) {

  static final String LOGIN = "sp/login";
  static final String TAX_DATA = "sp/tax-data";

  SpStart {
    query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
  }

  /** The id of its button. */
  String elementId() {
    return "start-" + clientId + idSuffix;
  }

  /** Every flow of the demo SP, each registration's client id as {@code clientIds} gives it. */
  static List<SpStart> all(Function<SpVariant, String> clientIds) {
    String demo = clientIds.apply(SpVariant.DEMO);
    String plus = clientIds.apply(SpVariant.PLUS);
    return List.of(
        login("demo", demo, "", SpVariant.DEMO, null),
        new SpStart("tax-data", demo, "-tax-data", TAX_DATA, Map.of()),
        login("v1", clientIds.apply(SpVariant.LEGACY), "", SpVariant.LEGACY, null),
        login("plus-eidas2", plus, "", SpVariant.PLUS, "eidas2"),
        login("plus-eidas3", plus, "-eidas3", SpVariant.PLUS, "eidas3"),
        login("private", clientIds.apply(SpVariant.PRIVATE), "", SpVariant.PRIVATE, null),
        login("prompt", clientIds.apply(SpVariant.PROMPT), "", SpVariant.PROMPT, null),
        login("filtered", clientIds.apply(SpVariant.FILTERED), "", SpVariant.FILTERED, null));
  }

  private static SpStart login(String key, String clientId, String idSuffix, SpVariant variant, String acr) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put(SpVariant.PARAMETER, variant.parameter());
    if (acr != null) {
      query.put("acr", acr);
    }
    return new SpStart(key, clientId, idSuffix, LOGIN, query);
  }
}
