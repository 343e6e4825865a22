package fr.fc.oidc;

import fr.fc.session.AccessToken;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The token endpoint's answer (contract section 1.3): exactly access_token, expires_in, id_token,
 * scope and token_type, and no refresh token.
 *
 * @param expiresIn the access token's lifetime, in seconds
 * @param scope the granted scopes, space-separated
 */
public record TokenResponse(String accessToken, long expiresIn, String idToken, String scope, String tokenType) {

  public static TokenResponse of(AccessToken token, String idToken) {
    return new TokenResponse(
        token.token(),
        token.expiresAt() - token.issuedAt(),
        idToken,
        String.join(" ", token.scopes()),
        "Bearer");
  }

  /** The JSON members, in the contract's order. */
  public Map<String, Object> members() {
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("access_token", accessToken);
    members.put("expires_in", expiresIn);
    members.put("id_token", idToken);
    members.put("scope", scope);
    members.put("token_type", tokenType);
    return members;
  }
}
