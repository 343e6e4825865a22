package fr.fc.oidc.api;

import fr.fc.oidc.RevocationService;
import fr.fc.shared.api.Forms;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
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
@RequestScoped
public class RevocationEndpoint {

  @EJB private RevocationService revocation;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response revoke(
      MultivaluedMap<String, String> form, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    revocation.revoke(Forms.firstValues(form), authorization);
    return Response.ok().header("Cache-Control", "no-store").build();
  }
}
