package fr.fc.citizen.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Refuses (400) a request whose parameters, of the query or of a form, go beyond what the space's
 * pages and fc's answers ever send: too many, a name or a value too long, or bytes that are not
 * their percent-encoded UTF-8 (which the container would otherwise fail on later, as a 500). Each
 * page then bounds its own (a connection's code: 32 characters).
 */
public class ParameterBounds extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ParameterBounds.class.getName());

  static final int MAX_PARAMETERS = 300;
  static final int MAX_NAME_LENGTH = 100;
  /** fc's codes and states, and Faces' view state, are far shorter; an error_description may be longer. */
  static final int MAX_VALUE_LENGTH = 2048;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!withinBounds(readableParameters(request))) {
      LOG.info(() -> "Request to the citizen's space refused: parameters beyond bounds on " + request.getServletPath());
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    chain.doFilter(request, response);
  }

  /** The request's parameters, or null when they cannot be decoded. */
  private static Map<String, String[]> readableParameters(HttpServletRequest request) {
    try {
      return request.getParameterMap();
    } catch (IllegalStateException | IllegalArgumentException undecodable) {
      return null;
    }
  }

  static boolean withinBounds(Map<String, String[]> parameters) {
    if (parameters == null) {
      return false;
    }
    int count = 0;
    for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
      if (parameter.getKey().length() > MAX_NAME_LENGTH) {
        return false;
      }
      for (String value : parameter.getValue()) {
        if (++count > MAX_PARAMETERS || (value != null && value.length() > MAX_VALUE_LENGTH)) {
          return false;
        }
      }
    }
    return true;
  }
}
