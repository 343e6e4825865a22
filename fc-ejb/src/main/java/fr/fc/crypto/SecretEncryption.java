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
 * The key that seals recoverable secrets: {@code fc.crypto.secret-encryption-key} (256 bits, hex)
 * or, when unset, a key file created once beside the signing keys. Every node must share it.
 */
@Singleton
@Startup
@DependsOn("Configuration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SecretEncryption {

  @EJB private Configuration configuration;

  private SecretBox box;

  @PostConstruct
  void load() {
    box = new SecretBox(configuration.settings().secret(Setting.SECRET_ENCRYPTION_KEY));
  }

  public String seal(String secret) {
    return box.seal(secret);
  }

  public String open(String sealed) {
    return box.open(sealed);
  }
}
