package fr.fc.shared.config;

import java.util.List;
import java.util.Locale;

/**
 * The API a login came through (contract section 0): each of its steps answers in that API's shape,
 * and a code or token of one is refused by the others.
 */
public enum Platform {
  /** The legacy API (/api/v1): HS256 ID token keyed with the SP's secret, plain JSON userinfo, no iss in the redirect. */
  V1(List.of("eidas1")),
  /** The v2 standard platform (/api/v2, eidas1). */
  V2(List.of("eidas1")),
  /**
   * FranceConnect+ (its own issuer, /plus/api/v2): eidas2 and eidas3, ES256 tokens encrypted to the
   * SP's key, the IdP's identity with the register's beside it.
   */
  PLUS(List.of("eidas2", "eidas3"));

  private final List<String> acrs;

  Platform(List<String> acrs) {
    this.acrs = acrs;
  }

  /** The levels this platform announces and answers with, lowest first. */
  public List<String> acrs() {
    return acrs;
  }

  /** Its name in registry files: v1, v2, plus. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @throws IllegalArgumentException for a name no platform has */
  public static Platform ofJsonName(String name) {
    for (Platform platform : values()) {
      if (platform.jsonName().equals(name)) {
        return platform;
      }
    }
    throw new IllegalArgumentException("unknown platform " + name);
  }
}
