package fr.fc.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

/**
 * The registrations of an import file: {"serviceProviders": [...], "identityProviders": [...],
 * "dataProviders": [...]}.
 */
public record RegistryFile(
    List<ServiceProviderRegistration> serviceProviders,
    List<IdentityProviderRegistration> identityProviders,
    List<DataProviderRegistration> dataProviders) {

  /**
   * @throws IllegalStateException naming the file when it is not a valid registry file
   */
  public static RegistryFile read(Path file) {
    try {
      Map<String, Object> json = JsonUtil.parseJson(Files.readString(file, StandardCharsets.UTF_8));
      return new RegistryFile(
          entries(json, "serviceProviders", ServiceProviderMapping::fromJson),
          entries(json, "identityProviders", IdentityProviderRegistration::fromJson),
          entries(json, "dataProviders", DataProviderMapping::fromJson));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the registry import file " + file, e);
    } catch (JoseException | ClassCastException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "The registry import file " + file + " is invalid: " + e.getMessage(), e);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> entries(
      Map<String, Object> json, String name, Function<Map<String, Object>, T> reader) {
    List<Map<String, Object>> entries = (List<Map<String, Object>>) json.getOrDefault(name, List.of());
    return entries.stream().map(reader).toList();
  }

  /** A list of the entry, as a set of strings in its order; none when absent. */
  static Set<String> strings(Map<String, Object> json, String name) {
    Object value = json.getOrDefault(name, List.of());
    if (!(value instanceof List<?> list)) {
      throw new IllegalArgumentException(name + " must be a list");
    }
    Set<String> strings = new LinkedHashSet<>();
    list.forEach(item -> strings.add(String.valueOf(item)));
    return strings;
  }

  static String required(Map<String, Object> json, String name) {
    Object value = json.get(name);
    if (!(value instanceof String text) || text.isBlank()) {
      throw new IllegalArgumentException("an entry has no " + name);
    }
    return text;
  }
}
