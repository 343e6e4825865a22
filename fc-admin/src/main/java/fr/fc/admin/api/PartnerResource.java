package fr.fc.admin.api;

import fr.fc.registry.PartnerKind;
import fr.fc.registry.RegistryAdministration;
import fr.fc.registry.RegistryAdministration.Rotation;
import fr.fc.registry.RegistryAdministration.Written;
import fr.fc.registry.RegistryRefusal;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The partners of the registry, for ministry IT (role fc-admin): list, read, create, update,
 * activate, deactivate, delete, rotate the secret; under service-providers (keyed by clientId),
 * identity-providers and data-providers (keyed by id), the {kind} of every path. One class for the
 * three kinds: they differ in their entries only, which the registry checks.
 */
@Path("{kind}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@OperatorRoles(AdminApplication.OPERATOR)
public class PartnerResource {

  @EJB private RegistryAdministration registry;
  @Context private SecurityContext caller;
  @Context private UriInfo uri;

  /** The path's first segment: service-providers, identity-providers or data-providers; else 404. */
  private PartnerKind kind() {
    String kind = uri.getPathParameters().getFirst("kind");
    return Arrays.stream(PartnerKind.values())
        .filter(k -> k.path().equals(kind))
        .findFirst()
        .orElseThrow(() -> new NotFoundException());
  }

  @GET
  @Operation(summary = "Every partner of this kind, active or not; no secret.")
  public List<Map<String, Object>> list() {
    return registry.list(kind());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One partner; no secret.")
  public Map<String, Object> read(@PathParam("id") String id) {
    return registry.read(kind(), RequestBodies.identifier(id))
        .orElseThrow(() -> new RegistryRefusal(RegistryRefusal.Reason.NOT_FOUND, "no " + kind().label() + " " + id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Registers a partner; answers its secret, made by fc, this once (IdPs: given in the body).")
  public Response create(InputStream body) {
    Written written = registry.create(kind(), RequestBodies.read(body), actor());
    Object id = written.entry().get(kind() == PartnerKind.SERVICE_PROVIDER ? "clientId" : "id");
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(answer(written)).build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Replaces a partner's fields; a field left out takes its default.")
  public Map<String, Object> update(@PathParam("id") String id, InputStream body) {
    return answer(registry.update(kind(), RequestBodies.identifier(id), RequestBodies.read(body), actor()));
  }

  @POST
  @Path("{id}/activate")
  @Operation(summary = "Serves the partner again.")
  public Map<String, Object> activate(@PathParam("id") String id) {
    return registry.activate(kind(), RequestBodies.identifier(id), true, actor());
  }

  @POST
  @Path("{id}/deactivate")
  @Operation(summary = "Refuses the partner from now on, on every node within seconds.")
  public Map<String, Object> deactivate(@PathParam("id") String id) {
    return registry.activate(kind(), RequestBodies.identifier(id), false, actor());
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Deletes the partner's registration.")
  public Response delete(@PathParam("id") String id) {
    registry.delete(kind(), RequestBodies.identifier(id), actor());
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/secret")
  @Operation(summary = "A new secret, shown this once; the old one works for gracePeriodSeconds (default 24 h). Not for IdPs.")
  public Map<String, Object> rotate(@PathParam("id") String id, InputStream body) {
    Rotation rotation = registry.rotate(kind(), RequestBodies.identifier(id), RequestBodies.read(body), actor());
    return Map.of(
        "clientSecret", rotation.clientSecret(),
        "previousSecretValidUntil", rotation.previousSecretValidUntil().toString());
  }

  private String actor() {
    return caller.getUserPrincipal().getName();
  }

  private static Map<String, Object> answer(Written written) {
    Map<String, Object> answer = new LinkedHashMap<>(written.entry());
    if (written.clientSecret() != null) {
      answer.put("clientSecret", written.clientSecret());
    }
    answer.put("warnings", written.warnings());
    return answer;
  }
}
