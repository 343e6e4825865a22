package fr.fc.data.api;

import fr.fc.audit.AuditEvent;
import fr.fc.data.CheckTokenService;
import fr.fc.shared.api.RefusedAs;
import fr.fc.shared.api.RequestLimit;
import fr.fc.shared.api.RequestLimits;
import fr.fc.shared.api.RequestsLimited;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The v1 checktoken (contract section 3.1), for data providers written for FranceConnect v1:
 * {"token": ...} in, the grant and identity in plain JSON out, and its own error shape
 * {"status": "fail", "message": ...}.
 */
@Path("v1/checktoken")
@RefusedAs(AuditEvent.CHECKTOKEN_REFUSED)
@ApplicationScoped
public class CheckTokenV1Endpoint {

  private static final Logger LOG = Logger.getLogger(CheckTokenV1Endpoint.class.getName());

  @EJB private CheckTokenService checkTokens;
  @Inject private RequestLimits limits;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response checkToken(String body) {
    try {
      limits.admitAddress(RequestLimit.CHECKTOKEN_PER_ADDRESS);
    } catch (RequestsLimited limited) {
      return failed(limited.refusal()).header("Retry-After", limited.retryAfterSeconds()).build();
    }
    try {
      return Response.ok(checkTokens.checkTokenV1(token(body)), MediaType.APPLICATION_JSON_TYPE)
          .header("Cache-Control", "no-store")
          .build();
    } catch (FcException refused) {
      LOG.info(() -> "Error " + refused.error().code() + " id=" + refused.errorId() + ": " + refused.description());
      return failed(refused).build();
    }
  }

  private static Response.ResponseBuilder failed(FcException refused) {
    return Response.status(refused.error().httpStatus())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .header("Cache-Control", "no-store")
        .entity(Map.of("status", "fail", "message", refused.description()));
  }

  /** The token of a {"token": "..."} body; anything else is a malformed token. */
  private static String token(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
      JsonObject json = reader.readObject();
      if (json.get("token") instanceof JsonString token) {
        return token.getString();
      }
    } catch (JsonException | IllegalStateException | ClassCastException e) {
      // malformed, as below
    }
    throw new FcException(FcError.CHECKTOKEN_V1_TOKEN_MALFORMED);
  }
}
