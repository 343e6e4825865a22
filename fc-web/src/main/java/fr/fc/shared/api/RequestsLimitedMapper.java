package fr.fc.shared.api;

import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/** A request past its rate: 429 with Retry-After, as the contract's JSON error or fc's error page. */
@Provider
@ApplicationScoped
public class RequestsLimitedMapper implements ExceptionMapper<RequestsLimited> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(RequestsLimited limited) {
    FcException refusal = limited.refusal();
    Response answer =
        refusal.error().channel() == FcError.Channel.JSON
            ? Response.status(refusal.error().httpStatus())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(JsonError.of(refusal).body())
                .build()
            : ErrorPage.render(refusal, HtmlPage.locale(headers), Optional.empty());
    return Response.fromResponse(answer)
        .header("Retry-After", limited.retryAfterSeconds())
        .header("Cache-Control", "no-store")
        .build();
  }
}
