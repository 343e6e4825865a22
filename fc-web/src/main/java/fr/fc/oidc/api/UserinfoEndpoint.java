package fr.fc.oidc.api;

import fr.fc.oidc.UserinfoService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.metrics.annotation.Counted;

/**
 * The userinfo endpoint (contract section 1.5): the citizen's claims as a JWT signed for the SP.
 * The access token comes as a bearer token, or as the access_token parameter of the query (GET) or
 * of the form (POST); errors are mapped by FcExceptionMapper.
 */
@Path("v2/userinfo")
@RequestScoped
public class UserinfoEndpoint {

  static final String APPLICATION_JWT = "application/jwt";
  private static final String COUNTER = "fc.userinfo.requests";

  @EJB private UserinfoService userinfo;

  @GET
  @Counted(name = COUNTER, absolute = true, description = "Userinfo requests received")
  public Response get(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @QueryParam("access_token") String accessToken) {
    return userinfo(authorization, accessToken);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Counted(name = COUNTER, absolute = true, description = "Userinfo requests received")
  public Response postForm(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @FormParam("access_token") String accessToken) {
    return userinfo(authorization, accessToken);
  }

  @POST
  @Counted(name = COUNTER, absolute = true, description = "Userinfo requests received")
  public Response post(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    return userinfo(authorization, null);
  }

  private Response userinfo(String authorization, String accessToken) {
    return Response.ok(userinfo.userinfo(authorization, accessToken), APPLICATION_JWT)
        .header("Cache-Control", "no-store")
        .header("Pragma", "no-cache")
        .build();
  }
}
