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
 * @param citizen the citizen's pseudonym (their space's sub), which keys their history and choices
 * @param noticeAddress the e-mail address the IdP gave, where fc sends the notice of the login, or null
 */
public record VerifiedIdentity(
    String idpId,
    LinkedHashMap<String, Object> claims,
    String sub,
    String acr,
    List<String> amr,
    long authTime,
    String citizen,
    String noticeAddress)
    implements Serializable {

  /** An identity of no known citizen (tests of what is transmitted). */
  public VerifiedIdentity(
      String idpId, LinkedHashMap<String, Object> claims, String sub, String acr, List<String> amr, long authTime) {
    this(idpId, claims, sub, acr, amr, authTime, null, null);
  }

  public VerifiedIdentity {
    claims = new LinkedHashMap<>(claims);
    amr = List.copyOf(amr);
  }

  public String displayName() {
    return claims.get("given_name") + " " + claims.get("family_name");
  }
}
