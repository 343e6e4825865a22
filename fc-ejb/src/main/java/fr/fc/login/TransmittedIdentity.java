package fr.fc.login;

import fr.fc.data.IdentityScope;
import fr.fc.identity.Birthdate;
import fr.fc.identity.PivotIdentity;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The identity claims a platform transmits (contract section 1.6): the register's identity on the
 * standard platform, with the IdP's birthdate as idp_birthdate; on FranceConnect+, the IdP's identity,
 * with the register's beside it under rnipp_* names (for the SP's account reconciliation only).
 */
final class TransmittedIdentity {

  private TransmittedIdentity() {}

  static LinkedHashMap<String, Object> standard(PivotIdentity registered, Birthdate idpBirthdate) {
    LinkedHashMap<String, Object> claims = new LinkedHashMap<>(registered.toClaims());
    claims.put("idp_birthdate", idpBirthdate.idpForm());
    return claims;
  }

  static LinkedHashMap<String, Object> plus(PivotIdentity fromIdp, PivotIdentity registered) {
    LinkedHashMap<String, Object> claims = new LinkedHashMap<>(fromIdp.toClaims());
    claims.remove("given_name_array");
    for (Map.Entry<String, Object> claim : registered.toClaims().entrySet()) {
      if (!"email".equals(claim.getKey()) && !"preferred_username".equals(claim.getKey())) {
        claims.put(IdentityScope.RNIPP_PREFIX + claim.getKey(), claim.getValue());
      }
    }
    return claims;
  }
}
