package fr.fc.citizen.web;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The code parameter of signalement.xhtml: up to 32 of A-Z, 0-9 and '-' (a connection's code is
 * ABCD-1234, fr.fc.citizen.ConnectionCode); anything else is no code and never reaches the EJB.
 */
final class CodeParameter {

  static final int MAX_LENGTH = 32;
  private static final Pattern FORMAT = Pattern.compile("[A-Z0-9-]{1," + MAX_LENGTH + "}");

  private CodeParameter() {}

  /** The code, or empty when absent or not of the format (never handed to the EJB then). */
  static Optional<String> parse(String value) {
    return value != null && value.length() <= MAX_LENGTH && FORMAT.matcher(value).matches() ? Optional.of(value) : Optional.empty();
  }
}
