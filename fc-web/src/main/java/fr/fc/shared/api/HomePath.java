package fr.fc.shared.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves fc's home page at "/": the site's root, which no servlet maps, is forwarded to {@link
 * HomePage}, a page like the others (its headers, its language, no script). Mapped in web.xml after
 * the filters that every request goes through.
 */
public class HomePath extends HttpFilter {

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    if (read && request.getRequestURI().equals(request.getContextPath() + "/")) {
      request.getRequestDispatcher("/api/" + HomePage.PATH).forward(request, response);
      return;
    }
    chain.doFilter(request, response);
  }
}
