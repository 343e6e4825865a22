package fr.fc.registry;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads one entry of a registry file or an admin call, field by field, with the limits of its
 * columns: a field that is wrong is refused with its name and what it must be
 * ({@link IllegalArgumentException} "redirectUris: ..."), and so is a field no partner has (a typo
 * that would otherwise be dropped unseen).
 */
final class EntryReader {

  static final int NAME_LENGTH = 256;
  static final int ID_LENGTH = 64;
  static final int URL_LENGTH = 1024;
  private static final int MAX_ITEMS = 100;
  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

  private final Map<String, Object> json;
  private final Set<String> read = new HashSet<>();

  EntryReader(Map<String, Object> json) {
    this.json = json;
  }

  boolean has(String name) {
    read.add(name);
    return json.get(name) != null;
  }

  /** A required, non-blank string of at most {@code max} characters. */
  String text(String name, int max) {
    String value = optionalText(name, max);
    if (value == null) {
      throw refused(name, "is required");
    }
    return value;
  }

  String optionalText(String name, int max) {
    read.add(name);
    Object value = json.get(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text) || text.isBlank()) {
      throw refused(name, "must be a non-empty string");
    }
    if (text.length() > max) {
      throw refused(name, "is longer than " + max + " characters");
    }
    return text;
  }

  /** Letters, digits, '.', '_' and '-', at most 64. */
  String identifier(String name) {
    String value = text(name, ID_LENGTH);
    if (!PartnerKind.ID.matcher(value).matches()) {
      throw refused(name, "may hold only letters, digits, '.', '_' and '-'");
    }
    return value;
  }

  String oneOf(String name, String byDefault, Set<String> allowed) {
    String value = optionalText(name, ID_LENGTH);
    if (value == null) {
      return byDefault;
    }
    if (!allowed.contains(value)) {
      throw refused(name, "must be one of " + new TreeSet<>(allowed));
    }
    return value;
  }

  boolean flag(String name, boolean byDefault) {
    read.add(name);
    Object value = json.get(name);
    if (value == null) {
      return byDefault;
    }
    if (!(value instanceof Boolean flag)) {
      throw refused(name, "must be true or false");
    }
    return flag;
  }

  Integer integer(String name) {
    read.add(name);
    Object value = json.get(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof Number number) || number.longValue() != number.doubleValue()
        || Math.abs(number.longValue()) > 1_000_000) {
      throw refused(name, "must be a whole number from -1000000 to 1000000");
    }
    return number.intValue();
  }

  /**
   * A list of distinct strings, sorted (the registry keeps sets), each among {@code allowed} unless
   * that is null.
   */
  List<String> words(String name, List<String> byDefault, Set<String> allowed) {
    read.add(name);
    Object value = json.get(name);
    if (value == null) {
      return byDefault;
    }
    if (!(value instanceof List<?> list) || list.size() > MAX_ITEMS) {
      throw refused(name, "must be a list of at most " + MAX_ITEMS + " strings");
    }
    TreeSet<String> words = new TreeSet<>();
    for (Object item : list) {
      if (!(item instanceof String word) || word.isEmpty() || word.length() > ID_LENGTH
          || word.chars().anyMatch(Character::isWhitespace)) {
        throw refused(name, "must hold words of 1 to " + ID_LENGTH + " characters without space");
      }
      if (allowed != null && !allowed.contains(word)) {
        throw refused(name, word + " is not one of " + new TreeSet<>(allowed));
      }
      words.add(word);
    }
    return List.copyOf(words);
  }

  /**
   * URIs a browser is sent to: absolute https URLs (http only on loopback), without fragment,
   * sorted.
   */
  List<String> redirectUris(String name, boolean required) {
    read.add(name);
    Object value = json.get(name);
    if (value == null && !required) {
      return List.of();
    }
    if (!(value instanceof List<?> list) || list.size() > MAX_ITEMS || (required && list.isEmpty())) {
      throw refused(name, "must be a list of 1 to " + MAX_ITEMS + " URLs");
    }
    TreeSet<String> uris = new TreeSet<>();
    for (Object item : list) {
      uris.add(httpsUrl(name, item));
    }
    return List.copyOf(uris);
  }

  private String httpsUrl(String name, Object item) {
    String text = item instanceof String s ? s : String.valueOf(item);
    URI uri = url(name, text);
    if (uri.getRawFragment() != null) {
      throw refused(name, text + " has a fragment");
    }
    if (!"https".equals(uri.getScheme()) && !("http".equals(uri.getScheme()) && LOOPBACK.contains(uri.getHost()))) {
      throw refused(name, text + " is not an https URL (http only on loopback)");
    }
    return text;
  }

  /** An absolute https URL (http only on loopback) without fragment: where fc reads keys it must trust. */
  String secureUrl(String name) {
    return httpsUrl(name, text(name, URL_LENGTH));
  }

  /** An absolute http(s) URL of at most 1024 characters. */
  String url(String name) {
    return url(name, text(name, URL_LENGTH)).toString();
  }

  private URI url(String name, String text) {
    if (text.length() > URL_LENGTH) {
      throw refused(name, "holds a URL longer than " + URL_LENGTH + " characters");
    }
    try {
      URI uri = new URI(text);
      if (!uri.isAbsolute() || uri.getHost() == null || !Set.of("http", "https").contains(uri.getScheme())) {
        throw refused(name, text + " is not an absolute http(s) URL");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw refused(name, text + " is not a URL");
    }
  }

  /** An object of names to absolute URLs, among {@code allowed} names, sorted by name. */
  Map<String, String> urls(String name, Set<String> allowed) {
    read.add(name);
    Object value = json.get(name);
    if (value == null) {
      return Map.of();
    }
    if (!(value instanceof Map<?, ?> map)) {
      throw refused(name, "must be an object");
    }
    Map<String, String> urls = new TreeMap<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String key = String.valueOf(entry.getKey());
      if (!allowed.contains(key)) {
        throw refused(name, key + " is not one of " + new TreeSet<>(allowed));
      }
      String text = entry.getValue() instanceof String s ? s : String.valueOf(entry.getValue());
      urls.put(key, url(name, text).toString());
    }
    return urls;
  }

  /** @throws IllegalArgumentException naming the first field no partner of this kind has */
  void noOtherField() {
    List<String> unknown = new ArrayList<>(json.keySet());
    unknown.removeAll(read);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(unknown.get(0) + ": unknown field");
    }
  }

  static IllegalArgumentException refused(String name, String why) {
    return new IllegalArgumentException(name + ": " + why);
  }
}
