package fr.fc.sandbox.sp;

import java.util.Locale;
import java.util.Map;
import org.jose4j.json.JsonUtil;

/**
 * What the tax data provider answered the SP: the tax data, or why there is none, in a kind the
 * page says in clear words and a technical detail (in English, no token) for developers.
 */
record TaxDataOutcome(Kind kind, Map<String, Object> data, String detail) {

  /** The kinds of answer, each with its sentence in the SP's messages. */
  enum Kind {
    RECEIVED,
    REQUEST_REFUSED,
    TOKEN_REFUSED,
    NO_SCOPE,
    NOT_FOUND,
    PROVIDER_FAILED,
    UNREACHABLE;

    String messageKey() {
      return "tax.outcome." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  TaxDataOutcome {
    data = data == null ? Map.of() : data;
  }

  static TaxDataOutcome failed(Kind kind, String detail) {
    return new TaxDataOutcome(kind, Map.of(), detail);
  }

  boolean received() {
    return kind == Kind.RECEIVED;
  }

  /** Reads the data provider's HTTP answer: its JSON data on 200, its refusal otherwise. */
  static TaxDataOutcome ofAnswer(int status, String body) {
    Map<String, Object> json = jsonObject(body);
    if (status == 200) {
      return json == null
          ? failed(Kind.PROVIDER_FAILED, "the data provider's answer is not a JSON object")
          : new TaxDataOutcome(Kind.RECEIVED, json, "");
    }
    Kind kind =
        switch (status) {
          case 400 -> Kind.REQUEST_REFUSED;
          case 401 -> Kind.TOKEN_REFUSED;
          case 403 -> Kind.NO_SCOPE;
          case 404 -> Kind.NOT_FOUND;
          default -> Kind.PROVIDER_FAILED;
        };
    return failed(kind, "the data provider answered " + status + refusal(json));
  }

  private static String refusal(Map<String, Object> json) {
    if (json == null || !(json.get("error") instanceof String error)) {
      return "";
    }
    Object message = json.get("message");
    return " " + error + (message instanceof String text ? ": " + text : "");
  }

  private static Map<String, Object> jsonObject(String body) {
    try {
      return JsonUtil.parseJson(body);
    } catch (Exception notJson) {
      return null;
    }
  }
}
