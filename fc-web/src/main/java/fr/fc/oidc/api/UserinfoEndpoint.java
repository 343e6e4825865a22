package fr.fc.oidc.api;

import fr.fc.audit.AuditEvent;
import fr.fc.oidc.UserinfoService;
import fr.fc.shared.api.RefusedAs;
import fr.fc.shared.api.ServedPlatform;
import fr.fc.shared.error.FcError;
import fr.fc.shared.request.RequestParameters;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.metrics.annotation.Counted;

/**
 * The userinfo endpoint (contract section 1.5): the citizen's claims as a JWT signed for the SP.
 * The access token comes as a bearer token, or as the access_token parameter of the query (GET) or
 * of the form (POST); errors are mapped by FcExceptionMapper.
 */
@Path("v2/userinfo")
@RefusedAs(AuditEvent.USERINFO_REFUSED)
@ApplicationScoped
public class UserinfoEndpoint {

  static final String APPLICATION_JWT = "application/jwt";
  private static final String COUNTER = "fc.userinfo.requests";

  @EJB private UserinfoService userinfo;
  @Inject private ServedPlatform served;

  @GET
  @Counted(name = COUNTER, absolute = true, description = "Userinfo requests received")
  public Response get(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context UriInfo uri) {
    return userinfo(authorization, accessToken(uri.getQueryParameters()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Counted(name = COUNTER, absolute = true, description = "Userinfo requests received")
  public Response postForm(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, MultivaluedMap<String, String> form) {
    return userinfo(authorization, accessToken(form));
  }

  @POST
  @Counted(name = COUNTER, absolute = true, description = "Userinfo requests received")
  public Response post(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    return userinfo(authorization, null);
  }

  /** The access_token parameter, or null; no parameter may be repeated. */
  private static String accessToken(MultivaluedMap<String, String> parameters) {
    return RequestParameters.of(parameters, FcError.PARAMETER_DUPLICATED).get("access_token");
  }

  private Response userinfo(String authorization, String accessToken) {
    return Response.ok(userinfo.userinfo(authorization, accessToken, served.platform()), APPLICATION_JWT)
        .header("Cache-Control", "no-store")
        .header("Pragma", "no-cache")
        .build();
  }
}
