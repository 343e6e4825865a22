package fr.fc.shared.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.StatusType;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Map;

/**
 * Requests no endpoint takes (unknown path, wrong method or media type, an Accept no endpoint can
 * answer) get an OAuth-style JSON error with the status JAX-RS chose, never the server's HTML page.
 */
@Provider
public class UnmatchedRequestMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException exception) {
    StatusType status = exception.getResponse().getStatusInfo();
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .header("Cache-Control", "no-store")
        .entity(body(status))
        .build();
  }

  /** The JSON error of a request JAX-RS refused with this status. */
  static Map<String, String> body(StatusType status) {
    String reason = status.getReasonPhrase() == null ? "" : status.getReasonPhrase();
    return Map.of("error", error(status), "error_description", reason.toLowerCase(Locale.ROOT));
  }

  private static String error(StatusType status) {
    if (status.getStatusCode() == 404) {
      return "not_found";
    }
    return status.getFamily() == Response.Status.Family.SERVER_ERROR
        ? "server_error"
        : "invalid_request";
  }
}
