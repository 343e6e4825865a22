package fr.fc.identity;

/**
 * Why one claim of an identity provider's identity is refused, in English, for logs. Names the
 * claim, never its value: the value is personal data.
 */
public record IdentityViolation(String claim, String reason) {

  @Override
  public String toString() {
    return claim + " " + reason;
  }
}
