package fr.fc.federation;

import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import java.util.List;
import java.util.Map;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;

/**
 * What an IdP answered for a login, checked: its ID token (claims and compact form, kept for the
 * logout's id_token_hint) and its userinfo claims, about the same subject.
 */
public record IdpAnswer(JwtClaims idToken, String rawIdToken, Map<String, Object> userinfo) {

  /** The ID token's amr, or none. */
  public List<String> amr() {
    try {
      return idToken.hasClaim("amr") ? idToken.getStringListClaimValue("amr") : List.of();
    } catch (MalformedClaimException e) {
      throw new FcException(FcError.IDP_TOKEN_FAILED);
    }
  }

  /** The level the IdP authenticated the citizen at, as checked against its registration. */
  public String acr() {
    try {
      return idToken.getStringClaimValue("acr");
    } catch (MalformedClaimException e) {
      throw new FcException(FcError.IDP_TOKEN_FAILED);
    }
  }

  /** When the citizen authenticated at the IdP: auth_time, or else the ID token's iat. */
  public long authTime() {
    try {
      return idToken.hasClaim("auth_time")
          ? idToken.getClaimValue("auth_time", Long.class)
          : idToken.getIssuedAt().getValue();
    } catch (MalformedClaimException e) {
      throw new FcException(FcError.IDP_TOKEN_FAILED);
    }
  }
}
