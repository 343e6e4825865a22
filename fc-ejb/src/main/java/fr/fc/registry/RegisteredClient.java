package fr.fc.registry;

import java.util.Set;

/**
 * A service provider as fc's protocol rules see it: an immutable snapshot of its registration.
 *
 * @param entityId the entity whose SPs share one pairwise sub (contract section 1.8)
 * @param scopes the scopes this SP is entitled to
 * @param secretHash SHA-256 (hex) of its client secret
 * @param signingSecret its client secret when it signs with HS256 (a legacy SP), else null
 * @param allowedPrompts the prompt values fc honours when this SP sends them, none unless
 *     whitelisted
 * @param privateSector whether the SP is registered as private (a business), not public
 * @param identityConsent whether the SP, when private, must collect the citizen's consent to the
 *     identity fc transmits
 * @param idpFilter the IdPs this SP lets its citizens use
 */
public record RegisteredClient(
    String clientId,
    String name,
    String entityId,
    Set<String> redirectUris,
    Set<String> postLogoutRedirectUris,
    Set<String> scopes,
    String secretHash,
    String idTokenSigningAlg,
    String userinfoSigningAlg,
    String signingSecret,
    Set<String> allowedPrompts,
    boolean privateSector,
    boolean identityConsent,
    IdpFilter idpFilter) {

  public RegisteredClient {
    redirectUris = Set.copyOf(redirectUris);
    postLogoutRedirectUris = Set.copyOf(postLogoutRedirectUris);
    scopes = Set.copyOf(scopes);
    allowedPrompts = Set.copyOf(allowedPrompts);
  }

  /** Exact string comparison, as OAuth 2.0 Security BCP and the contract require. */
  public boolean hasRedirectUri(String uri) {
    return redirectUris.contains(uri);
  }

  public boolean isEntitledTo(String scope) {
    return scopes.contains(scope);
  }

  // The secret never appears in logs or error messages.
  @Override
  public String toString() {
    return "RegisteredClient[clientId=" + clientId + "]";
  }
}
