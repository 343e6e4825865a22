package fr.fc.admin.api;

import fr.fc.registry.RegistryChange;
import fr.fc.registry.RegistryImport;
import fr.fc.registry.RegistryImport.Result;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The whole registry as a file: exported, and applied (with a dry run, and prune). */
@Path("registry")
@RequestScoped
@OperatorRoles(AdminApplication.OPERATOR)
public class RegistryResource {

  @EJB private RegistryImport registryImport;
  @Context private SecurityContext caller;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The registry as a registry file, secrets omitted, indented to be kept in version control.")
  public String export() throws Exception {
    try (Jsonb json = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
      return json.toJson(registryImport.export()) + "\n";
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON + "; qs=1")
  @Operation(summary = "Applies a registry file: creates, updates, with prune deactivates what it no longer lists; dryRun changes nothing.")
  public Map<String, Object> apply(@QueryParam("dryRun") String dryRun, @QueryParam("prune") String prune, InputStream body) {
    Result result = result(dryRun, prune, body);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("dryRun", result.dryRun());
    json.put("changes", result.changes().stream().map(RegistryChange::json).toList());
    json.put("unchanged", result.unchanged());
    json.put("secrets", result.secrets().stream()
        .map(secret -> Map.of("kind", secret.kind().jsonName(), "id", secret.id(), "clientSecret", secret.clientSecret()))
        .toList());
    json.put("warnings", result.warnings());
    return json;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.TEXT_PLAIN + "; qs=0.5")
  @Operation(summary = "The same, answered as lines a person reads: + created, ~ updated, - deactivated.")
  public String applyAsText(@QueryParam("dryRun") String dryRun, @QueryParam("prune") String prune, InputStream body) {
    return ImportReport.text(result(dryRun, prune, body));
  }

  private Result result(String dryRun, String prune, InputStream body) {
    return registryImport.apply(
        RequestBodies.read(body), flag("prune", prune), flag("dryRun", dryRun), caller.getUserPrincipal().getName());
  }

  private static boolean flag(String name, String value) {
    if (value == null || value.isEmpty() || value.equals("false")) {
      return false;
    }
    if (value.equals("true")) {
      return true;
    }
    throw new AdminRequestException(name + " must be true or false");
  }
}
