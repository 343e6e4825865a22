package fr.fc.oidc.api;

import fr.fc.audit.AuditEvent;
import fr.fc.oidc.UserinfoService;
import fr.fc.shared.api.RefusedAs;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The v1 userinfo (contract section 1.5): the claims as plain JSON, for a v1 access token only. */
@Path("v1/userinfo")
@RefusedAs(AuditEvent.USERINFO_REFUSED)
@ApplicationScoped
public class UserinfoV1Endpoint {

  @EJB private UserinfoService userinfo;

  @GET
  public Response get(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    return Response.ok(userinfo.userinfoV1(authorization), MediaType.APPLICATION_JSON_TYPE)
        .header("Cache-Control", "no-store")
        .header("Pragma", "no-cache")
        .build();
  }
}
