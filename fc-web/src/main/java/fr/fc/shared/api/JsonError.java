package fr.fc.shared.api;

import fr.fc.shared.error.FcException;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The contract's JSON error (section 1.3): the OAuth error, its description, and an error_uri
 * naming fc's error code and the error id that support finds in the log.
 */
record JsonError(String error, String description, String uri) {

  private static final String ERROR_PAGE =
      "https://docs.partenaires.franceconnect.gouv.fr/fs/fs-technique/fs-technique-erreurs/";

  static JsonError of(FcException exception) {
    return new JsonError(
        exception.error().oidcError(),
        exception.description(),
        ERROR_PAGE + "?code=" + exception.error().code() + "&id=" + exception.errorId());
  }

  Map<String, String> body() {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("error", error);
    body.put("error_description", description);
    body.put("error_uri", uri);
    return body;
  }

  String toJson() {
    JsonObjectBuilder json = Json.createObjectBuilder();
    body().forEach(json::add);
    return json.build().toString();
  }
}
