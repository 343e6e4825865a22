package fr.fc.oidc.api;

import fr.fc.audit.AuditEvent;
import fr.fc.oidc.ClientAuthentication;
import fr.fc.oidc.TokenResponse;
import fr.fc.oidc.TokenService;
import fr.fc.shared.api.Forms;
import fr.fc.shared.api.Limited;
import fr.fc.shared.api.RefusedAs;
import fr.fc.shared.api.RequestClient;
import fr.fc.shared.api.RequestLimit;
import fr.fc.shared.api.RequestLimits;
import fr.fc.shared.api.ServedPlatform;
import fr.fc.shared.config.Platform;
import fr.fc.shared.error.FcError;
import fr.fc.shared.request.RequestParameters;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.metrics.annotation.Counted;

/**
 * The token endpoint (contract section 1.3): an authenticated SP exchanges its authorization code
 * for an ID token and an access token; errors are mapped by FcExceptionMapper.
 */
@Path("v2/token")
@RefusedAs(AuditEvent.TOKEN_REFUSED)
@Limited(RequestLimit.TOKEN_PER_ADDRESS)
@ApplicationScoped
public class TokenEndpoint {

  @EJB private TokenService tokens;
  @Inject private RequestClient client;
  @Inject private ServedPlatform served;
  @Inject private RequestLimits limits;

  /** The API this endpoint serves: the standard platform, or FranceConnect+ under /plus. */
  protected Platform platform() {
    return served.platform();
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  @Counted(name = "fc.token.requests", absolute = true, description = "Token requests received")
  public Response token(
      MultivaluedMap<String, String> form, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    client.named(form);
    limits.admitClient(
        RequestLimit.TOKEN_PER_CLIENT, ClientAuthentication.claimedClientId(client.clientId(), authorization));
    RequestParameters parameters =
        RequestParameters.of(Forms.required(form, FcError.GRANT_TYPE_MISSING), FcError.PARAMETER_DUPLICATED);
    TokenResponse answer = tokens.exchange(parameters, authorization, platform());
    return Response.ok(answer.members(), MediaType.APPLICATION_JSON_TYPE)
        .header("Cache-Control", "no-store")
        .header("Pragma", "no-cache")
        .build();
  }
}
