package fr.fc.sandbox.idp;

import static fr.fc.sandbox.idp.OAuthError.Code.SERVER_ERROR;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jose4j.json.JsonUtil;

/**
 * The back-channel endpoints' answers: JSON never cached (RFC 6749 5.1), OAuth errors as {error,
 * error_description} with their status and challenge, unexpected failures as server_error.
 */
final class JsonAnswers {

  private static final Logger LOG = Logger.getLogger(JsonAnswers.class.getName());

  private JsonAnswers() {}

  /** Runs the action for a known IdP, turning every failure into a JSON error. */
  static Response forIdp(Optional<DemoIdp> idp, Function<DemoIdp, Response> action) {
    try {
      return action.apply(idp.orElseThrow(OAuthError::unknownIdp));
    } catch (OAuthError error) {
      return error(error);
    } catch (RuntimeException unexpected) {
      LOG.log(Level.SEVERE, "demo IdP failure", unexpected);
      return error(new OAuthError(SERVER_ERROR, "unexpected failure of the demo IdP"));
    }
  }

  static Response ok(Map<String, ?> body) {
    return ok(JsonUtil.toJson(body));
  }

  static Response ok(String json) {
    return json(Response.ok(), json);
  }

  /** A signed answer (OIDC Core 5.3.2): application/jwt, never cached either. */
  static Response jwt(String jwt) {
    return Response.ok(jwt, SignedUserinfo.MEDIA_TYPE)
        .header("Cache-Control", "no-store")
        .header("Pragma", "no-cache")
        .build();
  }

  static Response error(OAuthError error) {
    Response.ResponseBuilder response = Response.status(error.status());
    if (error.challenge() != null) {
      response.header("WWW-Authenticate", error.challenge());
    }
    return json(response, JsonUtil.toJson(error.toJson()));
  }

  private static Response json(Response.ResponseBuilder response, String json) {
    return response
        .type(MediaType.APPLICATION_JSON_TYPE)
        .header("Cache-Control", "no-store")
        .header("Pragma", "no-cache")
        .entity(json)
        .build();
  }
}
