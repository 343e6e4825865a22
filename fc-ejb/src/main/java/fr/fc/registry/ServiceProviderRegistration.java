package fr.fc.registry;

/**
 * A service provider as an operator registers it in an import file: the SP as fc will see it, and
 * the client secret it was registered with, which fc keeps only hashed (and sealed, when the SP's
 * HS256 signatures need it back).
 */
public record ServiceProviderRegistration(RegisteredClient client, String clientSecret) {

  /** Whether fc signs with the client secret, and so must be able to get it back. */
  public boolean signsWithSecret() {
    return client.signingSecret() != null;
  }

  // The secret never appears in logs or error messages.
  @Override
  public String toString() {
    return "ServiceProviderRegistration[clientId=" + client.clientId() + "]";
  }
}
