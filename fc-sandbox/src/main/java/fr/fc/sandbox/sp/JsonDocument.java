package fr.fc.sandbox.sp;

import java.util.Map;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

/**
 * A JSON object fc sent (a discovery document, a token response), read field by field; anything
 * missing or malformed fails with the given failure and says which document and field.
 */
record JsonDocument(String name, Map<String, Object> fields, SpFailure failure) {

  static JsonDocument parse(String name, String json, SpFailure failure) {
    try {
      return new JsonDocument(name, JsonUtil.parseJson(json), failure);
    } catch (JoseException | RuntimeException e) {
      throw new SpException(failure, "the " + name + " is not a JSON object", e);
    }
  }

  /** A required non-blank string field. */
  String text(String field) {
    if (fields.get(field) instanceof String value && !value.isBlank()) {
      return value;
    }
    throw invalid("has no " + field);
  }

  /** A failure of this document that says what is wrong with it. */
  SpException invalid(String problem) {
    return new SpException(failure, "the " + name + " " + problem);
  }
}
