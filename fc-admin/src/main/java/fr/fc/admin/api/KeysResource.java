package fr.fc.admin.api;

import fr.fc.crypto.SigningKeyStatus;
import fr.fc.crypto.SigningKeys;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** fc's signing keys, for operators: where each stands, and their rotation (docs/keys.md). */
@Path("keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KeysResource {

  @EJB private SigningKeys signingKeys;
  @Context private SecurityContext caller;

  @GET
  @OperatorRoles({AdminApplication.OPERATOR, AdminApplication.AUDITOR})
  @Operation(summary = "Every signing key of the key file: kid, alg, signFrom, retireAt and its state (next, signing, retiring, retired).")
  public List<Map<String, Object>> list() {
    return signingKeys.statuses().stream().map(SigningKeyStatus::json).toList();
  }

  @POST
  @Path("rotate")
  @OperatorRoles(AdminApplication.OPERATOR)
  @Operation(
      summary = "Adds a new key per algorithm, published now and signing after fc.crypto.key-publication-delay; the "
          + "keys before it retire once what they signed has expired. Every node follows the key file within "
          + "5 seconds (an audited operation).")
  public Map<String, Object> rotate() {
    return signingKeys.rotate(caller.getUserPrincipal().getName()).json();
  }
}
