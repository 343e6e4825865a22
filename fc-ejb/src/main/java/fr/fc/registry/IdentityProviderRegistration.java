package fr.fc.registry;

import java.util.List;
import java.util.Map;

/**
 * An identity provider as an operator registers it: fc is its OpenID Connect client.
 *
 * @param id fc's identifier of the IdP (the idp_hint value)
 * @param title the name citizens see on the choice page
 * @param issuer the IdP's issuer, whose discovery document gives its endpoints
 * @param allowedAcrs the acrs the IdP may answer with (eidas1 unless registered otherwise)
 */
public record IdentityProviderRegistration(
    String id, String title, String issuer, String clientId, String clientSecret, List<String> allowedAcrs) {

  public IdentityProviderRegistration {
    allowedAcrs = List.copyOf(allowedAcrs);
  }

  /** Reads one entry of the import file's "identityProviders" list. */
  static IdentityProviderRegistration fromJson(Map<String, Object> json) {
    return new IdentityProviderRegistration(
        RegistryFile.required(json, "id"),
        RegistryFile.required(json, "title"),
        RegistryFile.required(json, "issuer"),
        RegistryFile.required(json, "clientId"),
        RegistryFile.required(json, "clientSecret"),
        acrs(json.getOrDefault("allowedAcrs", List.of("eidas1"))));
  }

  private static List<String> acrs(Object value) {
    if (!(value instanceof List<?> list) || list.isEmpty()) {
      throw new IllegalArgumentException("allowedAcrs must be a non-empty list");
    }
    return list.stream().map(String::valueOf).toList();
  }

  // The secret never appears in logs or error messages.
  @Override
  public String toString() {
    return "IdentityProviderRegistration[id=" + id + ", issuer=" + issuer + "]";
  }
}
