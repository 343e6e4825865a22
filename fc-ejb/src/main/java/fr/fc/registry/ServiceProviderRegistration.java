package fr.fc.registry;

import java.util.Set;

/**
 * A service provider as an operator registers it in an import file.
 *
 * @param type public (an administration, the default) or private (a business)
 * @param idTokenSigningAlg ES256 (the default), RS256, or HS256 for legacy SPs (keyed with the
 *     client secret, which fc then keeps sealed)
 * @param userinfoSigningAlg likewise, for the userinfo response
 * @param allowedPrompts the prompt values fc honours when the SP sends them (contract section 1.2):
 *     none unless the SP is whitelisted
 * @param identityConsent whether a private SP must collect the citizen's consent before fc
 *     transmits their identity (contract section 1.13); false by default
 * @param idpFilter the IdPs the SP lets its citizens use (idpFilterExclude, default true, and
 *     idpFilterList, default empty: every IdP)
 */
public record ServiceProviderRegistration(
    String clientId,
    String name,
    String entityId,
    String type,
    String clientSecret,
    Set<String> scopes,
    Set<String> redirectUris,
    Set<String> postLogoutRedirectUris,
    String idTokenSigningAlg,
    String userinfoSigningAlg,
    Set<String> allowedPrompts,
    boolean identityConsent,
    IdpFilter idpFilter) {

  static final Set<String> PROMPTS = Set.of("login", "consent");
  static final Set<String> TYPES = Set.of("public", "private");

  /** Whether fc signs with the client secret, and so must be able to get it back. */
  public boolean signsWithSecret() {
    return SigningAlgorithms.HS256.equals(idTokenSigningAlg)
        || SigningAlgorithms.HS256.equals(userinfoSigningAlg);
  }

  // The secret never appears in logs or error messages.
  @Override
  public String toString() {
    return "ServiceProviderRegistration[clientId=" + clientId + "]";
  }
}
