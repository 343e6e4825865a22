package fr.fc.shared.config;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.nio.file.Path;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reads and checks fc's settings when the application starts: a bad setting stops deployment. */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Configuration {

  private Settings settings;

  @PostConstruct
  void check() {
    Config config = ConfigProvider.getConfig(Configuration.class.getClassLoader());
    settings = new SettingsReader(key -> config.getOptionalValue(key, String.class), defaultKeysDirectory()).read();
  }

  public Settings settings() {
    return settings;
  }

  /** The server's configuration directory: outside any source tree, kept across restarts. */
  private static Path defaultKeysDirectory() {
    String instanceRoot = System.getProperty("com.sun.aas.instanceRoot");
    if (instanceRoot != null) {
      return Path.of(instanceRoot, "config");
    }
    return Path.of(System.getProperty("user.home"), ".fc");
  }
}
