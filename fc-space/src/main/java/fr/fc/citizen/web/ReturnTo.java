package fr.fc.citizen.web;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The page a citizen asked for before logging in (e.g. the report link of a login's notice), to
 * show once logged in: only one of the space's own pages, with a short, plain query, so that it can
 * never lead elsewhere.
 */
final class ReturnTo {

  /** The session attribute that holds it, relative to the context root. */
  static final String SESSION_ATTRIBUTE = "fr.fc.citizen.web.returnTo";

  private static final Pattern PAGE = Pattern.compile("/[a-z][a-z-]{0,40}\\.xhtml");
  private static final Pattern QUERY = Pattern.compile("[A-Za-z0-9=&%._-]{0,200}");
  /** Pages the login leads to anyway, or that need no login. */
  private static final Set<String> NOT_KEPT = Set.of("/index.xhtml", CitizenGuard.WELCOME, CitizenGuard.FAILURE);

  private ReturnTo() {}

  /** The page and query to come back to, or empty when not one to keep. */
  static Optional<String> of(String servletPath, String query) {
    if (servletPath == null || !PAGE.matcher(servletPath).matches() || NOT_KEPT.contains(servletPath)) {
      return Optional.empty();
    }
    if (query == null || query.isEmpty()) {
      return Optional.of(servletPath);
    }
    return QUERY.matcher(query).matches() ? Optional.of(servletPath + "?" + query) : Optional.empty();
  }
}
