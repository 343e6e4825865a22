package fr.fc.shared.api;

import fr.fc.shared.error.FcError;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A failure no rule foresaw: the client gets the contract's server_error with an error id, the log
 * gets the cause under the same id, and nobody gets a stack trace.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<RuntimeException> {

  @Context private ResourceInfo resource;
  @Inject private AuditedRefusals refusals;

  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Override
  public Response toResponse(RuntimeException exception) {
    String errorId = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error " + errorId, exception);
    refusals.refused(FcError.TECHNICAL_ERROR.code(), resource.getResourceMethod(), null, null);
    return Response.serverError()
        .type(MediaType.APPLICATION_JSON_TYPE)
        .header("Cache-Control", "no-store")
        .entity(
            Map.of(
                "error", "server_error",
                "error_description",
                    "authentication aborted due to a technical error on the authorization server",
                "error_id", errorId))
        .build();
  }
}
