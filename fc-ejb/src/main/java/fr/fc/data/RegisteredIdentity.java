package fr.fc.data;

import fr.fc.session.AccessToken;
import fr.fc.shared.config.Platform;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The register's identity of a login, whatever its platform transmitted to the SP: what data
 * providers reconcile on and what their sub is computed from (contract sections 1.8 and 3). On
 * FranceConnect+ the SP got the IdP's identity, the register's beside it under rnipp_* names.
 */
final class RegisteredIdentity {

  private static final List<String> FROM_THE_IDP = List.of("email", "preferred_username");

  private RegisteredIdentity() {}

  static Map<String, Object> of(AccessToken token) {
    if (token.platform() != Platform.PLUS) {
      return token.identity();
    }
    Map<String, Object> claims = new LinkedHashMap<>();
    token.identity().forEach((name, value) -> {
      if (name.startsWith(IdentityScope.RNIPP_PREFIX)) {
        claims.put(name.substring(IdentityScope.RNIPP_PREFIX.length()), value);
      }
    });
    FROM_THE_IDP.stream().filter(token.identity()::containsKey).forEach(name -> claims.put(name, token.identity().get(name)));
    return claims;
  }
}
