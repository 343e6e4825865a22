package fr.fc.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Reads an identity provider's claims as strings, noting every violation on the way. */
final class ClaimReader {

  private final Map<String, ?> claims;
  private final List<IdentityViolation> violations = new ArrayList<>();

  ClaimReader(Map<String, ?> claims) {
    this.claims = claims;
  }

  /** The claim's value, or {@code null} when absent or not a string (noted as a violation). */
  String optional(String claim) {
    Object value = claims.get(claim);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    reject(claim, "must be a string");
    return null;
  }

  /** The claim's value, or {@code null} (a violation) when absent, blank or not a string. */
  String required(String claim) {
    Object value = claims.get(claim);
    if (value == null || (value instanceof String text && text.isBlank())) {
      reject(claim, "is required");
      return null;
    }
    return optional(claim);
  }

  /** The claim's value, or {@code null} (a violation) when missing or breaking {@code rule}. */
  String required(String claim, Predicate<String> rule, String reason) {
    String value = required(claim);
    if (value != null && !rule.test(value)) {
      reject(claim, reason);
      return null;
    }
    return value;
  }

  void reject(String claim, String reason) {
    violations.add(new IdentityViolation(claim, reason));
  }

  List<IdentityViolation> violations() {
    return violations;
  }
}
