package fr.fc.registry;

import java.util.Set;

/**
 * A data provider as an operator registers it, in a registry file or an admin call (contract section 3.2).
 *
 * @param uid fc's identifier of the provider, e.g. dgfip
 * @param clientSecret the secret to register, or null to keep the registered one (or have one made)
 * @param title the name citizens read as the source of their data on the consent page
 * @param scopes the data scopes it serves
 * @param jwksUri where fc fetches the key it encrypts checktoken answers to
 * @param signedResponseAlg how fc signs its checktoken answers: ES256 (the default) or RS256
 * @param encryptedResponseAlg how fc encrypts them: ECDH-ES (the default), RSA-OAEP or RSA-OAEP-256
 * @param encryptedResponseEnc the content encryption: A256GCM
 */
public record DataProviderRegistration(
    String uid,
    String title,
    boolean active,
    String clientId,
    String clientSecret,
    Set<String> scopes,
    String jwksUri,
    String signedResponseAlg,
    String encryptedResponseAlg,
    String encryptedResponseEnc) {

  public DataProviderRegistration {
    scopes = Set.copyOf(scopes);
  }

  // The secret never appears in logs or error messages.
  @Override
  public String toString() {
    return "DataProviderRegistration[uid=" + uid + "]";
  }
}
