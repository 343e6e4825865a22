package fr.fc.sandbox.sp;

import java.util.List;
import java.util.Map;

/** A citizen fc logged in: the ID token (kept for logout) and the claims of userinfo. */
record LoggedInCitizen(String idToken, Map<String, Object> claims) {

  /** The claims the SP shows, in this order: the identité pivot, then the others it asks for. */
  static final List<String> SHOWN_CLAIMS =
      List.of(
          "sub",
          "given_name",
          "family_name",
          "birthdate",
          "gender",
          "birthplace",
          "birthcountry",
          "email",
          "preferred_username",
          "phone_number",
          "address");

  /** A claim as shown: its name and its value as text. */
  record Claim(String name, String value) {}

  /** The shown claims fc sent, in the order of {@link #SHOWN_CLAIMS}; absent ones are skipped. */
  List<Claim> shownClaims() {
    return SHOWN_CLAIMS.stream()
        .filter(name -> claims.get(name) != null)
        .map(name -> new Claim(name, text(claims.get(name))))
        .toList();
  }

  // An address (v1) is an object: its formatted member reads as the address.
  private static String text(Object value) {
    return value instanceof Map<?, ?> address && address.get("formatted") != null
        ? String.valueOf(address.get("formatted"))
        : String.valueOf(value);
  }
}
