package fr.fc.sandbox.idp;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An OAuth 2.0 error: its code, a description for developers and the HTTP status of a JSON answer.
 */
final class OAuthError extends RuntimeException {

  /** The codes used here: RFC 6749 4.1.2.1 and 5.2, RFC 6750 3.1, OIDC Core 3.1.2.6. */
  enum Code {
    INVALID_REQUEST(400),
    INVALID_CLIENT(401),
    INVALID_GRANT(400),
    UNSUPPORTED_GRANT_TYPE(400),
    UNSUPPORTED_RESPONSE_TYPE(400),
    LOGIN_REQUIRED(400),
    ACCESS_DENIED(403),
    INVALID_TOKEN(401),
    SERVER_ERROR(500);

    private final int status;

    Code(int status) {
      this.status = status;
    }

    /** The code as the protocol writes it, e.g. invalid_grant. */
    String value() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Code code;
  private final int status;

  OAuthError(Code code, String description) {
    this(code, description, code.status);
  }

  private OAuthError(Code code, String description, int status) {
    super(description, null, false, false);
    this.code = code;
    this.status = status;
  }

  /** A request for an IdP that does not exist: 404. */
  static OAuthError unknownIdp() {
    return new OAuthError(Code.INVALID_REQUEST, "unknown identity provider", 404);
  }

  String code() {
    return code.value();
  }

  String description() {
    return getMessage();
  }

  int status() {
    return status;
  }

  /** The WWW-Authenticate challenge a 401 answer carries (RFC 6749 5.2, RFC 6750 3), or null. */
  String challenge() {
    return switch (code) {
      case INVALID_CLIENT -> "Basic realm=\"demo-idp\"";
      case INVALID_TOKEN ->
          "Bearer realm=\"demo-idp\", error=\"invalid_token\", error_description=\""
              + description()
              + "\"";
      default -> null;
    };
  }

  Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("error", code());
    json.put("error_description", description());
    return json;
  }
}
