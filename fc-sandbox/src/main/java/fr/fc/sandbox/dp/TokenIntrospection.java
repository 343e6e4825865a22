package fr.fc.sandbox.dp;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * fc's verdict on the SP's access token (contract section 3.2, RFC 7662): whether it is active, and
 * when it is, the scopes of this data provider the citizen granted, space-separated in "scope", and
 * the citizen's identité pivot.
 */
record TokenIntrospection(boolean active, List<String> scopes, PivotIdentity citizen) {

  static TokenIntrospection fromJson(Map<String, Object> introspection) {
    if (!Boolean.TRUE.equals(introspection.get("active"))) {
      return new TokenIntrospection(false, List.of(), null);
    }
    return new TokenIntrospection(
        true, scopes(introspection.get("scope")), PivotIdentity.fromClaims(introspection));
  }

  private static List<String> scopes(Object scope) {
    if (!(scope instanceof String text) || text.isBlank()) {
      return List.of();
    }
    return Arrays.asList(text.strip().split("\\s+"));
  }
}
