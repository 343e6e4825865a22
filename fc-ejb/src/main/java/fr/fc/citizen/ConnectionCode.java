package fr.fc.citizen;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The short code of a connection, which its notice names and its history line shows: the first
 * eight hex digits of the login's flow id, as {@code ABCD-1234}. A flow id is a digest of the
 * login's interaction id, so the code tells nothing of it.
 */
public final class ConnectionCode {

  private static final Pattern CODE = Pattern.compile("[0-9A-F]{4}-[0-9A-F]{4}");

  private ConnectionCode() {}

  public static String of(String flowId) {
    String start = flowId.substring(0, 8).toUpperCase(Locale.ROOT);
    return start.substring(0, 4) + "-" + start.substring(4);
  }

  /** The start of the flow ids a code names, or empty when it is no code. */
  public static Optional<String> flowIdPrefix(String code) {
    if (code == null || !CODE.matcher(code).matches()) {
      return Optional.empty();
    }
    return Optional.of(code.replace("-", "").toLowerCase(Locale.ROOT));
  }
}
