package fr.fc.crypto;

import fr.fc.shared.config.Configuration;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * fc's signing keys, loaded (or generated) once at startup from the configured key file. Every node
 * of a cluster must be given the same file for all of them to publish the same JWKS.
 */
@Singleton
@Startup
@DependsOn("Configuration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SigningKeys {

  @EJB private Configuration configuration;

  private SigningKeySet keys;
  private String publicJwks;

  @PostConstruct
  void load() {
    keys = KeyFile.signing(configuration.settings().signingKeysFile()).loadOrCreate();
    publicJwks = keys.toPublicJwks();
  }

  /** The JWKS document: the public keys that verify fc's signatures. */
  public String publicJwks() {
    return publicJwks;
  }

  public SigningKeySet keys() {
    return keys;
  }
}
