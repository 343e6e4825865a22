package fr.fc.sandbox.dp;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jose4j.json.JsonUtil;

/**
 * The data provider's answers: JSON never cached (it is personal data), refusals as {"error",
 * "message"} with their status and, for token problems, a Bearer challenge (RFC 6750 section 3);
 * unexpected failures as server_error, never a stack trace.
 */
final class DpAnswers {

  private static final Logger LOG = Logger.getLogger(DpAnswers.class.getName());
  private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

  private DpAnswers() {}

  /** Runs the action and answers its data, or the refusal it failed with. */
  static Response json(Supplier<Map<String, Object>> action) {
    try {
      return answer(Response.ok(), action.get());
    } catch (DpException refusal) {
      LOG.info(() -> "demo data provider: " + refusal.error() + ": " + refusal.getMessage());
      return error(refusal);
    } catch (RuntimeException unexpected) {
      LOG.log(Level.SEVERE, "demo data provider failure", unexpected);
      return error(
          new DpException(DpError.SERVER_ERROR, "unexpected failure of the data provider"));
    }
  }

  static Response error(DpException refusal) {
    DpError error = refusal.error();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", error.code());
    body.put("message", refusal.getMessage());
    Response.ResponseBuilder response = Response.status(error.status());
    if (error == DpError.INVALID_REQUEST
        || error == DpError.INVALID_TOKEN
        || error == DpError.INSUFFICIENT_SCOPE) {
      response.header("WWW-Authenticate", "Bearer error=\"" + error.code() + "\"");
    }
    return answer(response, body);
  }

  private static Response answer(Response.ResponseBuilder response, Map<String, Object> body) {
    return response
        .type(JSON)
        .header("Cache-Control", "no-store")
        .header("Pragma", "no-cache")
        .entity(JsonUtil.toJson(body))
        .build();
  }
}
