package fr.fc.shared.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Reads every {@link Setting} from a configuration source and checks them all before failing. */
public final class SettingsReader {

  private static final int SECRET_MIN_LENGTH = 32;
  private static final int HEX_256_BITS_LENGTH = 64;

  private final Function<String, Optional<String>> source;
  private final Path defaultKeysDirectory;

  /**
   * @param source the configured value of a key, if any
   * @param defaultKeysDirectory where the key file and generated secrets go when none is configured
   */
  public SettingsReader(Function<String, Optional<String>> source, Path defaultKeysDirectory) {
    this.source = source;
    this.defaultKeysDirectory = defaultKeysDirectory;
  }

  /**
   * @throws InvalidSettingsException listing every invalid setting
   */
  public Settings read() {
    Map<Setting, Object> values = new EnumMap<>(Setting.class);
    List<String> problems = new ArrayList<>();
    for (Setting setting : Setting.values()) {
      Optional<String> configured = configured(setting);
      try {
        values.put(setting, parse(setting, configured));
      } catch (IllegalArgumentException e) {
        String shown = setting.kind().secret() ? "(secret)" : configured.orElse(setting.defaultValue());
        problems.add(setting.key() + "=" + shown + ": " + e.getMessage());
      }
    }
    plusIssuerProblem(values).ifPresent(problems::add);
    if (!problems.isEmpty()) {
      throw new InvalidSettingsException(problems);
    }
    return new Settings(values, defaultKeysDirectory);
  }

  /**
   * fc serves FranceConnect+ under /plus, its cookies with it: its issuer may have another host (a
   * proxy's), not another path.
   */
  @SuppressWarnings("unchecked")
  private static Optional<String> plusIssuerProblem(Map<Setting, Object> values) {
    if (!(values.get(Setting.ISSUER) instanceof Issuer standard)
        || !(values.get(Setting.PLUS_ISSUER) instanceof Optional<?> configured)
        || configured.isEmpty()) {
      return Optional.empty();
    }
    Issuer plus = ((Optional<Issuer>) configured).get();
    String expected = standard.under(Issuer.PLUS_PREFIX).path();
    if (plus.path().equals(expected)) {
      return Optional.empty();
    }
    return Optional.of(Setting.PLUS_ISSUER.key() + "=" + plus.url() + ": its path must be " + expected);
  }

  private Object parse(Setting setting, Optional<String> configured) {
    String value = configured.orElse(setting.defaultValue());
    return switch (setting.kind()) {
      case ISSUER -> Issuer.parse(value);
      case OPTIONAL_ISSUER -> configured.map(Issuer::parse);
      case FILE -> readableFile(configured.map(Path::of).orElse(defaultKeysDirectory.resolve(value)));
      case DIRECTORY -> directory(configured.map(Path::of).orElse(defaultKeysDirectory.resolve(value)));
      case NAME -> configured.map(SettingsReader::name);
      case TEXT -> configured.map(SettingsReader::text);
      case CREDENTIALS -> configured; // checked by whoever reads them, each entry apart
      case ADDRESSES -> configured.map(SettingsReader::addresses).orElse(Set.of());
      case OPTIONAL_FILE -> configured.map(Path::of).map(SettingsReader::existingFile);
      case HEX_256_BITS -> configured.map(SettingsReader::hex256Bits);
      case SECRET -> configured.map(SettingsReader::longSecret);
      case SECONDS, COUNT -> positive(value);
    };
  }

  private Optional<String> configured(Setting setting) {
    return source.apply(setting.key()).map(String::trim).filter(value -> !value.isEmpty());
  }

  private static Path readableFile(Path file) {
    if (Files.isDirectory(file)) {
      throw new IllegalArgumentException("is a directory, expected a file");
    }
    if (Files.exists(file) && !Files.isReadable(file)) {
      throw new IllegalArgumentException("cannot be read");
    }
    return file;
  }

  private static Path directory(Path directory) {
    if (Files.exists(directory) && !Files.isDirectory(directory)) {
      throw new IllegalArgumentException("is a file, expected a directory");
    }
    return directory;
  }

  // An operators' issuer is often a URL: ':' and '/' are allowed, spaces and quotes never.
  private static String name(String value) {
    if (!value.matches("[A-Za-z0-9._@:/-]{1,256}")) {
      throw new IllegalArgumentException("expected 1 to 256 letters, digits, '.', '_', '-', '@', ':' or '/'");
    }
    return value;
  }

  /** IP addresses, written as the servlet container writes a connection's: no host names, no ranges. */
  private static Set<String> addresses(String value) {
    Set<String> addresses = new LinkedHashSet<>();
    for (String address : value.split(",")) {
      String trimmed = address.strip();
      if (!trimmed.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9A-Fa-f:]{2,39}")) {
        throw new IllegalArgumentException("expected IP addresses separated by commas, not " + trimmed);
      }
      addresses.add(trimmed);
    }
    return Set.copyOf(addresses);
  }

  /** Words a citizen reads: any letters, digits, spaces and punctuation, no control character or markup. */
  private static String text(String value) {
    if (value.isBlank() || value.length() > 80 || !value.matches("[\\p{L}\\p{N}\\p{Zs}.,'’()_@:/+-]+")) {
      throw new IllegalArgumentException("expected 1 to 80 letters, digits, spaces and . , ' ’ ( ) _ @ : / + -");
    }
    return value.strip();
  }

  private static Path existingFile(Path file) {
    if (!Files.isReadable(file) || Files.isDirectory(file)) {
      throw new IllegalArgumentException("cannot be read");
    }
    return file;
  }

  private static String hex256Bits(String value) {
    if (value.length() != HEX_256_BITS_LENGTH || !value.chars().allMatch(HexFormat::isHexDigit)) {
      throw new IllegalArgumentException("expected 64 hex digits (256 bits)");
    }
    return value;
  }

  private static String longSecret(String value) {
    if (value.length() < SECRET_MIN_LENGTH) {
      throw new IllegalArgumentException("expected at least " + SECRET_MIN_LENGTH + " characters");
    }
    return value;
  }

  private static long positive(String value) {
    long number;
    try {
      number = Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected a whole number");
    }
    if (number < 1 || number > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("expected a number from 1 to " + Integer.MAX_VALUE);
    }
    return number;
  }
}
