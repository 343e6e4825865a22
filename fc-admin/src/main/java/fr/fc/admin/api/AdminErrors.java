package fr.fc.admin.api;

import fr.fc.audit.AuditUnavailableException;
import fr.fc.crypto.KeyRotationRefused;
import fr.fc.registry.RegistryRefusal;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of the admin API as one JSON shape, {"error", "error_description"} as the contract's
 * errors: the caller's mistake (400, or the status JAX-RS chose), the trail out of reach (503), and
 * the unforeseen (500 with an id the log repeats), never a stack trace.
 */
@Provider
public class AdminErrors implements ExceptionMapper<Exception> {

  private static final Logger LOG = Logger.getLogger(AdminErrors.class.getName());

  @Override
  public Response toResponse(Exception exception) {
    Throwable cause = exception instanceof EJBException && exception.getCause() != null ? exception.getCause() : exception;
    if (cause instanceof AdminRequestException refused) {
      return error(400, "invalid_request", refused.getMessage());
    }
    if (cause instanceof RegistryRefusal refused) {
      return error(refused.reason().status(), refused.reason().error(), refused.getMessage());
    }
    if (cause instanceof KeyRotationRefused refused) {
      return error(503, "temporarily_unavailable", refused.getMessage());
    }
    if (cause instanceof AuditUnavailableException) {
      return error(503, "temporarily_unavailable", "the audit trail cannot be read now");
    }
    if (cause instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      return error(status, switch (status) {
            case 401 -> "invalid_token";
            case 403 -> "insufficient_scope";
            case 404 -> "not_found";
            default -> "invalid_request";
          },
          web.getResponse().getStatusInfo().getReasonPhrase().toLowerCase(java.util.Locale.ROOT));
    }
    String errorId = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Admin API error " + errorId, exception);
    return error(500, "server_error", "unexpected error " + errorId);
  }

  private static Response error(int status, String error, String description) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .header("Cache-Control", "no-store")
        .entity(Map.of("error", error, "error_description", description))
        .build();
  }
}
