package fr.fc.shared.config;

import fr.fc.oidc.Issuer;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reads fc's settings from a configuration source and checks them all before failing. */
public final class SettingsReader {

  public static final String ISSUER = "fc.oidc.issuer";
  public static final String SIGNING_KEYS_FILE = "fc.crypto.signing-keys-file";
  public static final String REGISTRY_IMPORT_FILE = "fc.registry.import-file";

  static final String DEFAULT_ISSUER = "http://localhost:7000/api/v2";
  static final String KEYS_FILE_NAME = "fc-signing-keys.json";

  private final Function<String, Optional<String>> source;
  private final Path defaultKeysDirectory;
  private final List<String> problems = new ArrayList<>();

  /**
   * @param source the configured value of a key, if any
   * @param defaultKeysDirectory where the key file goes when none is configured
   */
  public SettingsReader(Function<String, Optional<String>> source, Path defaultKeysDirectory) {
    this.source = source;
    this.defaultKeysDirectory = defaultKeysDirectory;
  }

  /**
   * @throws InvalidSettingsException listing every invalid setting
   */
  public Settings read() {
    Issuer issuer = issuer();
    Path keysFile = signingKeysFile();
    Optional<Path> importFile = registryImportFile();
    if (!problems.isEmpty()) {
      throw new InvalidSettingsException(problems);
    }
    return new Settings(issuer, keysFile, importFile);
  }

  private Issuer issuer() {
    String value = value(ISSUER).orElse(DEFAULT_ISSUER);
    try {
      return Issuer.parse(value);
    } catch (IllegalArgumentException e) {
      problems.add(ISSUER + "=" + value + ": " + e.getMessage());
      return null;
    }
  }

  private Path signingKeysFile() {
    Optional<String> configured = value(SIGNING_KEYS_FILE);
    try {
      Path file = configured.map(Path::of).orElse(defaultKeysDirectory.resolve(KEYS_FILE_NAME));
      if (Files.isDirectory(file)) {
        problems.add(SIGNING_KEYS_FILE + "=" + file + ": is a directory, expected a file");
      } else if (Files.exists(file) && !Files.isReadable(file)) {
        problems.add(SIGNING_KEYS_FILE + "=" + file + ": cannot be read");
      }
      return file;
    } catch (InvalidPathException e) {
      problems.add(SIGNING_KEYS_FILE + "=" + configured.orElse("") + ": not a file path");
      return null;
    }
  }

  private Optional<Path> registryImportFile() {
    Optional<String> configured = value(REGISTRY_IMPORT_FILE);
    try {
      Optional<Path> file = configured.map(Path::of);
      if (file.isPresent() && !Files.isReadable(file.get())) {
        problems.add(REGISTRY_IMPORT_FILE + "=" + file.get() + ": cannot be read");
      }
      return file;
    } catch (InvalidPathException e) {
      problems.add(REGISTRY_IMPORT_FILE + "=" + configured.orElse("") + ": not a file path");
      return Optional.empty();
    }
  }

  private Optional<String> value(String key) {
    return source.apply(key).map(String::trim).filter(value -> !value.isEmpty());
  }
}
