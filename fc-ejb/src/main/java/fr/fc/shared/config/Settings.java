package fr.fc.shared.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The checked settings of one fc node, one value per {@link Setting}. */
public final class Settings {

  private final Map<Setting, Object> values;
  private final Path defaultKeysDirectory;

  Settings(Map<Setting, Object> values, Path defaultKeysDirectory) {
    this.values = Map.copyOf(values);
    this.defaultKeysDirectory = defaultKeysDirectory;
  }

  /** The issuer of the v2 standard platform (and of v1's pages). */
  public Issuer issuer() {
    return (Issuer) values.get(Setting.ISSUER);
  }

  /** The issuer a platform's SPs know fc by: FranceConnect+ has its own. */
  @SuppressWarnings("unchecked")
  public Issuer issuer(Platform platform) {
    if (platform != Platform.PLUS) {
      return issuer();
    }
    return ((Optional<Issuer>) values.get(Setting.PLUS_ISSUER)).orElseGet(() -> issuer().under(Issuer.PLUS_PREFIX));
  }

  public Path signingKeysFile() {
    return (Path) values.get(Setting.SIGNING_KEYS_FILE);
  }

  @SuppressWarnings("unchecked")
  public Optional<Path> registryImportFile() {
    return (Optional<Path>) values.get(Setting.REGISTRY_IMPORT_FILE);
  }

  /** A setting of kind {@link Setting.Kind#FILE}. */
  public Path file(Setting setting) {
    require(setting, setting.kind() == Setting.Kind.FILE);
    return (Path) values.get(setting);
  }

  /** A setting of kind {@link Setting.Kind#DIRECTORY}. */
  public Path directory(Setting setting) {
    require(setting, setting.kind() == Setting.Kind.DIRECTORY);
    return (Path) values.get(setting);
  }

  /** A setting of kind {@link Setting.Kind#NAME}, if set. */
  @SuppressWarnings("unchecked")
  public Optional<String> name(Setting setting) {
    require(setting, setting.kind() == Setting.Kind.NAME);
    return (Optional<String>) values.get(setting);
  }

  /** A setting of kind {@link Setting.Kind#ADDRESSES}: empty when unset. */
  @SuppressWarnings("unchecked")
  public Set<String> addresses(Setting setting) {
    require(setting, setting.kind() == Setting.Kind.ADDRESSES);
    return (Set<String>) values.get(setting);
  }

  /** A setting of kind {@link Setting.Kind#TEXT}: words citizens read. */
  @SuppressWarnings("unchecked")
  public Optional<String> text(Setting setting) {
    require(setting, setting.kind() == Setting.Kind.TEXT);
    return (Optional<String>) values.get(setting);
  }

  /** A setting of kind {@link Setting.Kind#SECONDS}. */
  public Duration duration(Setting setting) {
    return Duration.ofSeconds(number(setting, Setting.Kind.SECONDS));
  }

  /** A setting of kind {@link Setting.Kind#COUNT}. */
  public int count(Setting setting) {
    return (int) number(setting, Setting.Kind.COUNT);
  }

  /**
   * A secret every node must share: its configured value or, when unset, a random one kept in the
   * file its setting names, beside the signing keys (created once, owner-only).
   */
  @SuppressWarnings("unchecked")
  public String secret(Setting setting) {
    require(setting, setting.kind().secret());
    Path directory = signingKeysFile().toAbsolutePath().getParent();
    return ((Optional<String>) values.get(setting))
        .orElseGet(() -> GeneratedSecret.loadOrCreate((directory != null ? directory : defaultKeysDirectory).resolve(setting.defaultValue())));
  }

  private long number(Setting setting, Setting.Kind kind) {
    require(setting, setting.kind() == kind);
    return (Long) values.get(setting);
  }

  private static void require(Setting setting, boolean ofThatKind) {
    if (!ofThatKind) {
      throw new IllegalArgumentException(setting.key() + " is a setting of kind " + setting.kind());
    }
  }
}
