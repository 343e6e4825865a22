package fr.fc.federation;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The citizen's identity once an IdP has authenticated them and fc has checked it.
 *
 * @param claims the claims fc may transmit (given_name ... email, idp_birthdate), in order
 * @param sub the pairwise sub of the interaction's SP
 * @param authTime when the IdP authenticated the citizen, in seconds since the epoch
 */
public record VerifiedIdentity(
    String idpId, LinkedHashMap<String, Object> claims, String sub, String acr, List<String> amr, long authTime)
    implements Serializable {

  public VerifiedIdentity {
    claims = new LinkedHashMap<>(claims);
    amr = List.copyOf(amr);
  }

  public String displayName() {
    return claims.get("given_name") + " " + claims.get("family_name");
  }
}
