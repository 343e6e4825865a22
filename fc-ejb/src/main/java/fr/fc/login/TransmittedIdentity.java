package fr.fc.login;

import fr.fc.data.IdentityScope;
import fr.fc.identity.Birthdate;
import fr.fc.identity.PivotIdentity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The identity claims a platform transmits (contract section 1.6): the register's identity on the
 * standard platform, with the IdP's birthdate as idp_birthdate (and on v1 the IdP's address and phone);
 * on FranceConnect+, the IdP's identity, with the register's beside it under rnipp_* names (for the
 * SP's account reconciliation only).
 */
final class TransmittedIdentity {

  private static final Pattern PHONE = Pattern.compile("[+0-9 ().-]{3,32}");
  private static final Set<String> ADDRESS_MEMBERS =
      Set.of("formatted", "street_address", "locality", "region", "postal_code", "country");
  private static final int MAX_ADDRESS_PART = 256;

  private TransmittedIdentity() {}

  static LinkedHashMap<String, Object> standard(PivotIdentity registered, Birthdate idpBirthdate) {
    LinkedHashMap<String, Object> claims = new LinkedHashMap<>(registered.toClaims());
    claims.put("idp_birthdate", idpBirthdate.idpForm());
    return claims;
  }

  /**
   * v1's extras beside the standard identity (contract 1.6): the IdP's phone_number and address,
   * when it gives them in their OpenID Connect form and within bounds; never checked by the register.
   */
  static LinkedHashMap<String, Object> v1(PivotIdentity registered, Birthdate idpBirthdate, Map<String, Object> fromIdp) {
    LinkedHashMap<String, Object> claims = standard(registered, idpBirthdate);
    if (fromIdp.get("phone_number") instanceof String phone && PHONE.matcher(phone).matches()) {
      claims.put("phone_number", phone);
    }
    if (fromIdp.get("address") instanceof Map<?, ?> address && isAddress(address)) {
      claims.put("address", new LinkedHashMap<>(address));
    }
    return claims;
  }

  // OIDC Core 5.1.1's members, each a short text: nothing else of the IdP's goes to the SP.
  private static boolean isAddress(Map<?, ?> address) {
    return !address.isEmpty()
        && address.entrySet().stream()
            .allMatch(member -> ADDRESS_MEMBERS.contains(member.getKey())
                && member.getValue() instanceof String text
                && text.length() <= MAX_ADDRESS_PART);
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
