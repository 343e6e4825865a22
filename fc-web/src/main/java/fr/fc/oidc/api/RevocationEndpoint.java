package fr.fc.oidc.api;

import fr.fc.audit.AuditEvent;
import fr.fc.shared.api.RefusedAs;
import fr.fc.shared.request.RequestParameters;
import fr.fc.oidc.RevocationService;
import fr.fc.shared.api.Forms;
import fr.fc.shared.api.RequestClient;
import fr.fc.shared.error.FcError;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/** The revocation endpoint (RFC 7009): 200 whether or not fc knew the token; errors as JSON. */
@Path("v2/token/revocation")
@RefusedAs(AuditEvent.REVOCATION_REFUSED)
@RequestScoped
public class RevocationEndpoint {

  @EJB private RevocationService revocation;
  @Inject private RequestClient client;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response revoke(
      MultivaluedMap<String, String> form, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    client.named(form);
    RequestParameters parameters =
        RequestParameters.of(Forms.required(form, FcError.REVOCATION_TOKEN_MISSING), FcError.PARAMETER_DUPLICATED);
    revocation.revoke(parameters, authorization);
    return Response.ok().header("Cache-Control", "no-store").build();
  }
}
