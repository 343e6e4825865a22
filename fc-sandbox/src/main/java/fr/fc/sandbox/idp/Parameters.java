package fr.fc.sandbox.idp;

import static fr.fc.sandbox.idp.OAuthError.Code.INVALID_REQUEST;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;

/**
 * Request parameters as OAuth 2.0 reads them (RFC 6749 3.1): an empty value is an absent one, and a
 * parameter sent twice is an invalid request.
 */
final class Parameters {

  private final MultivaluedMap<String, String> values;

  Parameters(MultivaluedMap<String, String> values) {
    this.values = values;
  }

  /** The value, or null when absent; throws invalid_request when repeated. */
  String get(String name) {
    List<String> all = values.get(name);
    if (all == null || all.isEmpty()) {
      return null;
    }
    if (all.size() > 1) {
      throw new OAuthError(INVALID_REQUEST, name + " is repeated");
    }
    return all.get(0).isEmpty() ? null : all.get(0);
  }

  /** The value, or null when absent or repeated: for what an error answer merely echoes. */
  String getIfSingle(String name) {
    try {
      return get(name);
    } catch (OAuthError repeated) {
      return null;
    }
  }

  /** The value; throws invalid_request when absent or repeated. */
  String require(String name) {
    String value = get(name);
    if (value == null) {
      throw new OAuthError(INVALID_REQUEST, name + " is missing");
    }
    return value;
  }
}
