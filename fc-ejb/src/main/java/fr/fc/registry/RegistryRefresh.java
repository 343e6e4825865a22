package fr.fc.registry;

import fr.fc.shared.config.Configuration;
import fr.fc.shared.database.SchemaReady;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Keeps this node's in-memory registry the database's: applies the registry file of
 * {@code fc.registry.import-file} once the schema is ready, reloads at once after a change made
 * here, and once a second compares the registry's version with the database's, so that a change
 * made on another node reaches this one within seconds. One small read per second per node, none
 * per login.
 */
@Singleton
@Startup
@DependsOn({"Configuration", "SecretEncryption"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RegistryRefresh {

  /** The actor the trail names for the changes of the file fc applies at startup. */
  static final String REGISTRY_FILE_ACTOR = "registry-file";

  private static final Logger LOG = Logger.getLogger(RegistryRefresh.class.getName());

  @EJB private Configuration configuration;
  @EJB private RegistryImport registryImport;
  @EJB private ServiceProviderRegistry serviceProviders;
  @EJB private IdentityProviderRegistry identityProviders;
  @EJB private DataProviderRegistry dataProviders;

  @Resource(lookup = "jdbc/fc")
  private DataSource dataSource;

  /** The version this node's registry was loaded at; -1 before the first load. */
  private volatile long loadedVersion = -1;

  public void applyFileAtStartup(@Observes SchemaReady ready) {
    configuration.settings().registryImportFile().ifPresent(this::apply);
    reload();
  }

  public void afterChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegistryChanged change) {
    reload();
  }

  @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
  public void followOtherNodes() {
    if (loadedVersion < 0) {
      return;
    }
    try {
      if (version() != loadedVersion) {
        reload();
      }
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.FINE, "Registry version not read; this node keeps its registry", e);
    }
  }

  private synchronized void reload() {
    try {
      long version = version();
      serviceProviders.reload();
      identityProviders.reload();
      dataProviders.reload();
      loadedVersion = version;
    } catch (SQLException e) {
      throw new IllegalStateException("The registry's version cannot be read", e);
    }
  }

  private long version() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement select = connection.createStatement();
        ResultSet row = select.executeQuery("SELECT version FROM registry_version WHERE singleton = 1")) {
      return row.next() ? row.getLong(1) : 0;
    }
  }

  private void apply(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the registry file " + file, e);
    }
    RegistryImport.Result result = registryImport.apply(text, false, false, REGISTRY_FILE_ACTOR);
    LOG.info(() -> "Registry file " + file + " applied: " + result.changes().size() + " change(s), "
        + result.unchanged() + " partner(s) unchanged");
  }
}
