package fr.fc.sandbox.portal;

import fr.fc.sandbox.FcPlusIssuer;
import fr.fc.sandbox.idp.AccountGuide;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

  @Inject
  @ConfigProperty(name = "fc.sandbox.fc-issuer")
  String fcIssuer;

  @Inject
  @ConfigProperty(name = "fc.sandbox.fc-plus-issuer")
  Optional<String> fcPlusIssuer = Optional.empty();

  /** The settings, for the demo SP's client ids. */
  @Inject Config config;

  @Inject FcDiscoveryCache discovery;
  @Context HttpHeaders headers;
  @Context UriInfo uriInfo;

  @GET
  public Response show() {
    HomeText text = HomeText.forLanguages(headers.getAcceptableLanguages());
    Portal portal =
        new Portal(
            fcIssuer,
            FcPlusIssuer.of(fcPlusIssuer, fcIssuer),
            discovery.endpoints(fcIssuer),
            SpStart.all(variant -> config.getValue(variant.clientIdSetting(), String.class)),
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
