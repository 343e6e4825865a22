package fr.fc.shared.api;

import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/** The answer of a servlet gate (the request's encoding, its body) to a request it refuses before any endpoint. */
final class GateRefusal {

  private static final Logger LOG = Logger.getLogger(GateRefusal.class.getName());

  private GateRefusal() {}

  /**
   * Audits the refusal, then answers it: a browser gets fc's refusal page, any other client the
   * contract's JSON error. The connection is closed: the rest of the body is not worth reading.
   */
  static void send(
      AuditedRefusals refusals, HttpServletRequest request, HttpServletResponse response, FcException refused)
      throws IOException {
    refusals.refused(refused.error().code(), null, null, null);
    FcError error = refused.error();
    LOG.info(() -> "Error " + error.code() + " " + error.oidcError() + " id=" + refused.errorId() + ": "
        + refused.description());
    response.setHeader("Connection", "close");
    String accept = request.getHeader("Accept");
    if (accept != null && accept.contains("text/html")) {
      response.sendError(error.httpStatus());
      response.flushBuffer();
      return;
    }
    response.setStatus(error.httpStatus());
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("application/json;charset=UTF-8");
    byte[] json = JsonError.of(refused).toJson().getBytes(StandardCharsets.UTF_8);
    response.setContentLength(json.length);
    response.getOutputStream().write(json);
    // Now, not after the container has waited for the rest of a body that may never come.
    response.flushBuffer();
  }
}
