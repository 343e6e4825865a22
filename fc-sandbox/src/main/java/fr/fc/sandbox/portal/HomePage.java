package fr.fc.sandbox.portal;

import fr.fc.sandbox.idp.AccountGuide;
import fr.fc.sandbox.sp.SpConfiguration;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The sandbox's root, {@code /}: the developer portal ({@link PortalPage}), in French or English,
 * with fc's endpoints as its discovery document gives them now.
 */
@Path("/")
@RequestScoped
public class HomePage {

  private static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";
  private static final String SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

  /** fc's issuers and the demo SP's client ids, as the demo SP has them. */
  @Inject SpConfiguration sp;

  @Inject FcDiscoveryCache discovery;
  @Context HttpHeaders headers;
  @Context UriInfo uriInfo;

  @GET
  public Response show() {
    HomeText text = HomeText.forLanguages(headers.getAcceptableLanguages());
    Portal portal =
        new Portal(
            sp.fcIssuer(),
            sp.fcPlusIssuer(),
            discovery.endpoints(sp.fcIssuer()),
            SpStart.all(sp::clientId),
            AccountGuide.entries(text.language()));
    return Response.ok(PortalPage.render(text, root(), portal), HTML)
        .header("Cache-Control", "no-store")
        .header("Content-Security-Policy", SECURITY_POLICY)
        .build();
  }

  /** The path of the sandbox's root, ending with '/'. */
  private String root() {
    String path = uriInfo.getBaseUri().getPath();
    return path.endsWith("/") ? path : path + "/";
  }
}
