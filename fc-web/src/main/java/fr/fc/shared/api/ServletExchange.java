package fr.fc.shared.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Keeps the servlet request and response of a JAX-RS call as the container hands them to JAX-RS,
 * for the code that passes them on: a page's forward to the Faces servlet. JAX-RS's own
 * {@code @Context} request and response are proxies that look the request up again on every call,
 * and Faces makes dozens of calls on them per page.
 */
public class ServletExchange extends HttpFilter {

  private static final String REQUEST = ServletExchange.class.getName() + ".request";
  private static final String RESPONSE = ServletExchange.class.getName() + ".response";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    request.setAttribute(REQUEST, request);
    request.setAttribute(RESPONSE, response);
    chain.doFilter(request, response);
  }

  /** The request behind JAX-RS's {@code proxy}, or the proxy itself where this filter did not run. */
  static HttpServletRequest request(HttpServletRequest proxy) {
    return proxy.getAttribute(REQUEST) instanceof HttpServletRequest request ? request : proxy;
  }

  /** The response of the request behind JAX-RS's proxies, or {@code proxy} where this filter did not run. */
  static HttpServletResponse response(HttpServletRequest request, HttpServletResponse proxy) {
    return request.getAttribute(RESPONSE) instanceof HttpServletResponse response ? response : proxy;
  }
}
