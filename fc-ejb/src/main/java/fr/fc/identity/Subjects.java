package fr.fc.identity;

import fr.fc.shared.config.Configuration;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The pairwise subjects of this deployment. Their secret comes from {@code fc.identity.sub-secret-key}
 * or, when unset, from a file created once beside the signing keys: changing it changes every sub,
 * so every node of a cluster must share it.
 */
@Singleton
@Startup
@DependsOn("Configuration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Subjects {

  static final String SECRET_KEY = "fc.identity.sub-secret-key";
  static final String SECRET_FILE = "fc-sub-secret";

  @EJB private Configuration configuration;

  private PairwiseSubject pairwise;

  @PostConstruct
  void load() {
    String secret =
        ConfigProvider.getConfig(Subjects.class.getClassLoader())
            .getOptionalValue(SECRET_KEY, String.class)
            .orElseGet(() -> fromFile(configuration.settings().signingKeysFile().toAbsolutePath().getParent().resolve(SECRET_FILE)));
    pairwise = new PairwiseSubject(secret);
  }

  /** The SP entity's sub for this identity. */
  public String forEntity(String entityId, PivotIdentity identity) {
    return pairwise.forEntity(entityId, identity);
  }

  private static String fromFile(Path file) {
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      return Files.readString(file, StandardCharsets.US_ASCII).trim();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot use the sub secret file " + file, e);
    }
  }

  private static void create(Path file) throws IOException {
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    Files.createDirectories(file.getParent());
    Path draft = Files.createTempFile(file.getParent(), ".sub-secret", ".tmp");
    try {
      Files.setPosixFilePermissions(draft, PosixFilePermissions.fromString("rw-------"));
      Files.writeString(draft, HexFormat.of().formatHex(random), StandardCharsets.US_ASCII);
      Files.move(draft, file);
    } catch (FileAlreadyExistsException raced) {
      // another node created it first: its secret is the one to use
    } finally {
      Files.deleteIfExists(draft);
    }
  }
}
