package fr.fc.sandbox.idp;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fictional person's demo account, the same on the three IdPs: a login, a password and the claims
 * the IdP releases. A claim the person lacks is absent from the map.
 */
record DemoAccount(String login, String password, Map<String, String> claims) {

  /** The identity claims an account may have, in the order of accounts.csv. */
  static final List<String> CLAIMS =
      List.of(
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

  /** The parts of an address (OIDC Core 5.1.1) as accounts.csv separates them with '|'. */
  private static final List<String> ADDRESS_PARTS = List.of("street_address", "postal_code", "locality", "country");

  /** The login whose authentication ends in an IdP error, to test how fc handles IdP failures. */
  static final String FAILING_LOGIN = "erreur_idp";

  /** The login whose ID token is signed as a forger would, to test that fc refuses it. */
  static final String FORGED_TOKENS_LOGIN = "signature_invalide";

  /** The login whose userinfo names another subject than its ID token, to test that fc refuses it. */
  static final String MISMATCHED_SUBJECT_LOGIN = "sub_incoherent";

  DemoAccount {
    claims = Map.copyOf(claims);
  }

  boolean hasPassword(String candidate) {
    return Crypto.sameSecret(password, candidate);
  }

  boolean failsOnPurpose() {
    return FAILING_LOGIN.equals(login);
  }

  boolean getsForgedTokens() {
    return FORGED_TOKENS_LOGIN.equals(login);
  }

  /** A stable subject per account and IdP, which reveals neither the login nor the other IdPs'. */
  String subjectAt(String idpId) {
    return HexFormat.of().formatHex(Crypto.sha256(idpId + "/" + login));
  }

  /** The userinfo answer (OIDC Core 5.3.2): sub, then the claims the account has, its address an object. */
  Map<String, Object> userinfo(String idpId) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("sub", MISMATCHED_SUBJECT_LOGIN.equals(login) ? subjectAt(idpId + "/userinfo") : subjectAt(idpId));
    CLAIMS.stream().filter(claims::containsKey).forEach(name -> answer.put(name, claims.get(name)));
    if (claims.containsKey("address")) {
      answer.put("address", address(claims.get("address")));
    }
    return answer;
  }

  private static Map<String, Object> address(String parts) {
    String[] values = parts.split("\\|", -1);
    Map<String, Object> address = new LinkedHashMap<>();
    address.put("formatted", values[0] + ", " + values[1] + " " + values[2] + ", " + values[3]);
    for (int i = 0; i < ADDRESS_PARTS.size() && i < values.length; i++) {
      address.put(ADDRESS_PARTS.get(i), values[i]);
    }
    return address;
  }

  @Override
  public String toString() {
    return "DemoAccount[" + login + "]";
  }
}
