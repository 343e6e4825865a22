package fr.fc.shared.api;

import fr.fc.shared.config.Configuration;
import fr.fc.shared.config.Setting;
import fr.fc.shared.config.Settings;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * Reads a request's body before anything else does, within a size and a time limit: a client that
 * sends more than any form of the contract needs, or drips its body to hold a request thread, is
 * refused (413, 408) in fc's words, and no endpoint ever reads from the network. The container's own
 * limits are left wide, as its refusals are its own pages naming the server.
 */
public class RequestBodyGate extends HttpFilter {

  @EJB private Configuration configuration;
  @Inject private AuditedRefusals refusals;

  /** By default far above the largest form of the contract (an authorize request at every limit). */
  private int maxBytes;
  /** The whole body, from the first byte read; the listener's read timeout bounds each silence. */
  private Duration maxDuration;

  @Override
  public void init() {
    Settings settings = configuration.settings();
    maxBytes = settings.count(Setting.REQUEST_BODY_MAX_BYTES);
    maxDuration = settings.duration(Setting.REQUEST_BODY_MAX_DURATION);
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body;
    try {
      body = read(request);
    } catch (FcException refused) {
      GateRefusal.send(refusals, request, response, refused);
      return;
    }
    chain.doFilter(new ReadBodyRequest(request, body), response);
  }

  private byte[] read(HttpServletRequest request) {
    if (request.getContentLengthLong() > maxBytes) {
      throw tooLarge();
    }
    long deadline = System.nanoTime() + maxDuration.toNanos();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try (InputStream in = request.getInputStream()) {
      for (int read; (read = in.read(buffer)) != -1; ) {
        body.write(buffer, 0, read);
        if (body.size() > maxBytes) {
          throw tooLarge();
        }
        if (System.nanoTime() - deadline > 0) {
          throw tooSlow();
        }
      }
    } catch (IOException silentTooLong) {
      throw tooSlow();
    }
    return body.toByteArray();
  }

  private FcException tooLarge() {
    return new FcException(FcError.REQUEST_BODY_TOO_LARGE, maxBytes);
  }

  private FcException tooSlow() {
    return new FcException(FcError.REQUEST_BODY_TOO_SLOW, maxDuration.toSeconds());
  }
}
