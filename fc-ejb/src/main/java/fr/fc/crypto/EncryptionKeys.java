package fr.fc.crypto;

import fr.fc.shared.config.Configuration;
import fr.fc.shared.config.Setting;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * The keys identity providers encrypt their ID tokens and userinfo to, loaded (or generated) once at
 * startup from the configured key file. Every node of a cluster must be given the same file.
 */
@Singleton
@Startup
@DependsOn("Configuration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EncryptionKeys {

  @EJB private Configuration configuration;

  private EncryptionKeySet keys;
  private String publicJwks;

  @PostConstruct
  void load() {
    keys = KeyFile.encryption(configuration.settings().file(Setting.ENCRYPTION_KEYS_FILE)).loadOrCreate();
    publicJwks = keys.toPublicJwks();
  }

  /** The JWKS document IdPs encrypt to. */
  public String publicJwks() {
    return publicJwks;
  }

  public EncryptionKeySet keys() {
    return keys;
  }
}
