package fr.fc.crypto;

import fr.fc.shared.config.Configuration;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The key that seals recoverable secrets: {@code fc.crypto.secret-encryption-key} (256 bits, hex)
 * or, when unset, a key file created once beside the signing keys. Every node must share it.
 */
@Singleton
@Startup
@DependsOn("Configuration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SecretEncryption {

  static final String KEY = "fc.crypto.secret-encryption-key";
  static final String KEY_FILE = "fc-secret-encryption-key";

  @EJB private Configuration configuration;

  private SecretBox box;

  @PostConstruct
  void load() {
    String key =
        ConfigProvider.getConfig(SecretEncryption.class.getClassLoader())
            .getOptionalValue(KEY, String.class)
            .orElseGet(
                () ->
                    GeneratedSecret.loadOrCreate(
                        configuration.settings().signingKeysFile().toAbsolutePath().getParent().resolve(KEY_FILE)));
    box = new SecretBox(key);
  }

  public String seal(String secret) {
    return box.seal(secret);
  }

  public String open(String sealed) {
    return box.open(sealed);
  }
}
