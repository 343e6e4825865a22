package fr.fc.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Set;

/**
 * The address a request comes from, as the audit trail names it: the connection's, or, when the
 * connection is one of fc's load balancers, the last address the balancer added to X-Forwarded-For.
 * The addresses before it are the client's own words, which nobody checked: they are never taken.
 */
public final class ClientAddress {

  private static final int LONGEST_ADDRESS = 45;

  private ClientAddress() {}

  public static String of(HttpServletRequest request, Set<String> trustedProxies) {
    String connection = request.getRemoteAddr();
    if (!trustedProxies.contains(connection)) {
      return connection;
    }
    String forwarded = lastForwarded(request);
    return forwarded != null ? forwarded : connection;
  }

  private static String lastForwarded(HttpServletRequest request) {
    String last = null;
    for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
      last = header;
    }
    if (last == null) {
      return null;
    }
    String address = last.substring(last.lastIndexOf(',') + 1).strip();
    return address.length() <= LONGEST_ADDRESS && address.matches("[0-9A-Fa-f:.]+") ? address : null;
  }
}
