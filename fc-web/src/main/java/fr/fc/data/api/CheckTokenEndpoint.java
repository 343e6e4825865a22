package fr.fc.data.api;

import fr.fc.audit.AuditEvent;
import fr.fc.data.CheckTokenService;
import fr.fc.shared.api.Forms;
import fr.fc.shared.api.Limited;
import fr.fc.shared.api.RefusedAs;
import fr.fc.shared.api.RequestLimit;
import fr.fc.shared.api.RequestLimits;
import fr.fc.shared.api.ServedPlatform;
import fr.fc.shared.error.FcError;
import fr.fc.shared.request.RequestParameters;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/**
 * A data provider checks an SP's access token (contract section 3.2): the answer is fc's signed
 * introspection, encrypted to the provider; errors are mapped by FcExceptionMapper.
 */
@Path("v2/checktoken")
@RefusedAs(AuditEvent.CHECKTOKEN_REFUSED)
@Limited(RequestLimit.CHECKTOKEN_PER_ADDRESS)
@ApplicationScoped
public class CheckTokenEndpoint {

  static final String INTROSPECTION_JWT = "application/token-introspection+jwt";

  @EJB private CheckTokenService checkTokens;
  @Inject private ServedPlatform served;
  @Inject private RequestLimits limits;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response checkToken(MultivaluedMap<String, String> form) {
    limits.admitClient(RequestLimit.CHECKTOKEN_PER_CLIENT, form == null ? null : form.getFirst("client_id"));
    RequestParameters parameters =
        RequestParameters.of(
            Forms.required(form, FcError.CHECKTOKEN_REQUEST_INVALID), FcError.CHECKTOKEN_REQUEST_INVALID);
    return Response.ok(checkTokens.checkToken(parameters, served.platform()), INTROSPECTION_JWT)
        .header("Cache-Control", "no-store")
        .build();
  }
}
