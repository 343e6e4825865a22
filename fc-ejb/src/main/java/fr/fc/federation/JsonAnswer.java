package fr.fc.federation;

import java.util.Map;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

/** An IdP's JSON answer (discovery, token, userinfo): one JSON object, or refused. */
final class JsonAnswer {

  private JsonAnswer() {}

  /**
   * @throws IllegalArgumentException when the body is not a JSON object
   */
  static Map<String, Object> parse(String body) {
    try {
      return JsonUtil.parseJson(body);
    } catch (JoseException | ClassCastException e) {
      throw new IllegalArgumentException("not a JSON object");
    }
  }
}
