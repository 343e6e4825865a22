package fr.fc.registry;

import java.util.Map;
import java.util.Set;

/**
 * The JWS algorithms a registration may name for its ID tokens and userinfo responses (contract:
 * HS256, ES256 or RS256), ES256 unless it names one.
 */
final class SigningAlgorithms {

  static final String HS256 = "HS256";
  static final String ES256 = "ES256";
  static final Set<String> ALLOWED = Set.of(ES256, "RS256", HS256);

  private SigningAlgorithms() {}

  /**
   * @throws IllegalArgumentException when the entry names another algorithm
   */
  static String read(Map<String, Object> json, String name) {
    String algorithm = String.valueOf(json.getOrDefault(name, ES256));
    if (!ALLOWED.contains(algorithm)) {
      throw new IllegalArgumentException(name + " must be one of " + ALLOWED);
    }
    return algorithm;
  }
}
