package fr.fc.registry;

import java.util.Map;

/**
 * An identity provider as an operator registers it: fc is its OpenID Connect client.
 *
 * @param id fc's identifier of the IdP (the idp_hint value)
 * @param title the name citizens see on the choice page
 * @param issuer the IdP's issuer, whose discovery document gives its endpoints
 */
public record IdentityProviderRegistration(
    String id, String title, String issuer, String clientId, String clientSecret) {

  /** Reads one entry of the import file's "identityProviders" list. */
  static IdentityProviderRegistration fromJson(Map<String, Object> json) {
    return new IdentityProviderRegistration(
        RegistryFile.required(json, "id"),
        RegistryFile.required(json, "title"),
        RegistryFile.required(json, "issuer"),
        RegistryFile.required(json, "clientId"),
        RegistryFile.required(json, "clientSecret"));
  }

  // The secret never appears in logs or error messages.
  @Override
  public String toString() {
    return "IdentityProviderRegistration[id=" + id + ", issuer=" + issuer + "]";
  }
}
