package fr.fc.sandbox.rnipp;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The test control, {@code /rnipp/admin/behaviour}: GET answers the simulator's behaviour as JSON,
 * POST (form fields delayMillis and status) changes it and answers the new one. It is never
 * delayed nor failed itself.
 */
@Path("/rnipp/admin/behaviour")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BehaviourEndpoint {

  @Inject SimulatorControl control;

  @GET
  public Response current() {
    return json(Response.ok(), describe(control.current()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response change(
      @FormParam("delayMillis") String delayMillis, @FormParam("status") String status) {
    try {
      control.change(SimulatorBehaviour.parse(delayMillis, status));
    } catch (IllegalArgumentException invalid) {
      JsonObject error = Json.createObjectBuilder().add("error", invalid.getMessage()).build();
      return json(Response.status(Response.Status.BAD_REQUEST), error);
    }
    return current();
  }

  private static JsonObject describe(SimulatorBehaviour behaviour) {
    return Json.createObjectBuilder()
        .add("delayMillis", behaviour.delayMillis())
        .add("status", behaviour.status().wireName())
        .build();
  }

  private static Response json(Response.ResponseBuilder response, JsonObject body) {
    return response
        .type(MediaType.APPLICATION_JSON_TYPE)
        .header("Cache-Control", "no-store")
        .entity(body.toString())
        .build();
  }
}
