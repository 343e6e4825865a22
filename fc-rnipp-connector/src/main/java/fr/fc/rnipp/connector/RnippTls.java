package fr.fc.rnipp.connector;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.InvalidPropertyException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Optional;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS context of the register calls, from the trust store (the gateway's CA) and key store
 * (fc's client certificate) of the pool's configuration. Passwords never reach a message.
 */
final class RnippTls {

  private RnippTls() {}

  /**
   * The context built from the stores that are set, or empty when neither is (the JVM's default
   * context then applies). The key store's password also unlocks its private key.
   */
  static Optional<SSLContext> context(RnippManagedConnectionFactory config)
      throws ResourceException {
    if (isBlank(config.getTrustStorePath()) && isBlank(config.getKeyStorePath())) {
      return Optional.empty();
    }
    try {
      TrustManager[] trustManagers = null;
      if (!isBlank(config.getTrustStorePath())) {
        TrustManagerFactory trust =
            TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(
            load(
                "trustStorePath",
                config.getTrustStorePath(),
                config.getTrustStoreType(),
                password(config.getTrustStorePassword())));
        trustManagers = trust.getTrustManagers();
      }
      KeyManager[] keyManagers = null;
      if (!isBlank(config.getKeyStorePath())) {
        char[] password = password(config.getKeyStorePassword());
        KeyManagerFactory keys =
            KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(
            load("keyStorePath", config.getKeyStorePath(), config.getKeyStoreType(), password),
            password);
        keyManagers = keys.getKeyManagers();
      }
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keyManagers, trustManagers, null);
      return Optional.of(context);
    } catch (GeneralSecurityException e) {
      throw new ResourceException("The RNIPP TLS context cannot be built: " + e.getMessage(), e);
    }
  }

  private static KeyStore load(String property, String path, String type, char[] password)
      throws ResourceException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance(isBlank(type) ? "PKCS12" : type);
    try (InputStream in = Files.newInputStream(Path.of(path))) {
      store.load(in, password);
      return store;
    } catch (IOException e) {
      throw new InvalidPropertyException(
          property + " " + path + " cannot be read: " + e.getMessage(), e);
    }
  }

  private static char[] password(String password) {
    return password == null ? null : password.toCharArray();
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
