package fr.fc.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

/**
 * The registrations of a registry file: {"serviceProviders": [...], "identityProviders": [...],
 * "dataProviders": [...]}, each list optional. The identity providers' order is the file's unless
 * an entry gives its own.
 */
public record RegistryFile(
    List<ServiceProviderRegistration> serviceProviders,
    List<IdentityProviderRegistration> identityProviders,
    List<DataProviderRegistration> dataProviders) {

  private static final Set<String> LISTS = Set.of("serviceProviders", "identityProviders", "dataProviders");

  /**
   * @throws IllegalStateException naming the file when it is not a valid registry file
   */
  public static RegistryFile read(Path file, KnownScopes known) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), known);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the registry file " + file, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("The registry file " + file + " is invalid: " + e.getMessage(), e);
    }
  }

  /**
   * @throws IllegalArgumentException saying which entry and field is wrong
   */
  public static RegistryFile parse(String text, KnownScopes known) {
    Map<String, Object> json = object(text);
    for (String name : json.keySet()) {
      if (!LISTS.contains(name)) {
        throw new IllegalArgumentException(name + ": unknown list, not one of " + LISTS);
      }
    }
    return new RegistryFile(
        entries(json, "serviceProviders", (entry, index) -> ServiceProviderMapping.fromJson(entry, known), r -> r.client().clientId()),
        entries(json, "identityProviders", IdentityProviderMapping::fromJson, IdentityProviderRegistration::id),
        entries(json, "dataProviders", (entry, index) -> DataProviderMapping.fromJson(entry, known), DataProviderRegistration::uid));
  }

  /** A JSON object, or a refusal that says it is not one. */
  static Map<String, Object> object(String text) {
    try {
      Map<String, Object> json = JsonUtil.parseJson(text);
      if (json == null) {
        throw new IllegalArgumentException("the body is not a JSON object");
      }
      return json;
    } catch (JoseException | ClassCastException e) {
      throw new IllegalArgumentException("the body is not a JSON object");
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> entries(
      Map<String, Object> json, String name, BiFunction<Map<String, Object>, Integer, T> reader, Function<T, String> id) {
    Object value = json.getOrDefault(name, List.of());
    if (!(value instanceof List<?> list)) {
      throw new IllegalArgumentException(name + " must be a list");
    }
    List<T> entries = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int index = 0; index < list.size(); index++) {
      if (!(list.get(index) instanceof Map<?, ?> entry)) {
        throw new IllegalArgumentException(name + "[" + index + "] must be an object");
      }
      T read;
      try {
        read = reader.apply((Map<String, Object>) entry, index);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + "[" + index + "]: " + e.getMessage(), e);
      }
      if (!ids.add(id.apply(read))) {
        throw new IllegalArgumentException(name + "[" + index + "]: " + id.apply(read) + " is listed twice");
      }
      entries.add(read);
    }
    return entries;
  }
}
