package fr.fc.registry;

/**
 * A service provider as an operator registers it: the SP as fc will see it, its eligibility
 * category, whether it is served, and the client secret given with it, if any, which fc keeps only
 * hashed (and sealed, when the SP's HS256 signatures need it back).
 *
 * @param category the press kit's eligibility category, or null
 * @param clientSecret the secret to register, or null to keep the registered one (or have one made)
 */
public record ServiceProviderRegistration(
    RegisteredClient client, String category, boolean active, String clientSecret) {

  /** Whether fc signs with the client secret, and so must be able to get it back. */
  public boolean signsWithSecret() {
    return SigningAlgorithms.HS256.equals(client.idTokenSigningAlg())
        || SigningAlgorithms.HS256.equals(client.userinfoSigningAlg());
  }

  // The secret never appears in logs or error messages.
  @Override
  public String toString() {
    return "ServiceProviderRegistration[clientId=" + client.clientId() + "]";
  }
}
