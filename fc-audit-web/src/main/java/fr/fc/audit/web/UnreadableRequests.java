package fr.fc.audit.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A request the auditors' pages cannot read is the client's fault, answered 400, not the 500 the
 * container would give: parameters that are not percent-encoded UTF-8, or a form whose view state
 * this server does not hold (a session ended, or a forged one), which gets the page saying so.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class UnreadableRequests extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final String EXPIRED_PAGE = "/WEB-INF/errors/expired.html";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      request.getParameterMap();
    } catch (IllegalStateException | IllegalArgumentException undecodable) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    try {
      chain.doFilter(request, response);
    } catch (ServletException failure) {
      if (!expiredView(failure) || response.isCommitted()) {
        throw failure;
      }
      response.reset();
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      request.getRequestDispatcher(EXPIRED_PAGE).forward(request, response);
    }
  }

  private static boolean expiredView(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ViewExpiredException) {
        return true;
      }
    }
    return false;
  }
}
