package fr.fc.federation.api;

import fr.fc.registry.IdentityProviderRegistration;
import fr.fc.registry.IdentityProviderRegistry;
import fr.fc.registry.IdpLogo;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * The logos of the choice page's tiles, from the registry, served from fc's own origin. An SVG is a
 * document that may hold scripts: its answer's policy lets it load and run nothing, even opened on
 * its own, and the browser may not take it for another type.
 */
@Path("v2/idp-logos/{id}")
@RequestScoped
public class IdpLogoEndpoint {

  static final String LOGO_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

  @EJB private IdentityProviderRegistry identityProviders;

  @GET
  public Response logo(@PathParam("id") String id, @Context Request request) {
    IdpLogo logo =
        identityProviders.find(id).filter(IdentityProviderRegistration::displayed).map(IdentityProviderRegistration::logo)
            .orElse(null);
    if (logo == null) {
      return Response.status(Response.Status.NOT_FOUND).build();
    }
    EntityTag tag = new EntityTag(logo.entityTag());
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
    // Revalidated at each use: a logo an operator withdraws or changes is gone at the next page.
    return (unchanged != null ? unchanged : Response.ok(logo.bytes(), logo.mediaType()))
        .tag(tag)
        .header("Content-Security-Policy", LOGO_POLICY)
        .header("X-Content-Type-Options", "nosniff")
        .header("Cross-Origin-Resource-Policy", "same-origin")
        // An <img> ignores it; a visit to the URL itself downloads the file rather than show it as fc's page.
        .header("Content-Disposition", "attachment; filename=\"logo\"")
        .header("Cache-Control", "no-cache")
        .build();
  }
}
