package fr.fc.sandbox;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The sandbox's front page: what it offers, its partners and where fc is, in French or English. */
@Path("/")
@RequestScoped
public class HomePage {

  @Inject
  @ConfigProperty(name = "fc.sandbox.fc-issuer")
  String fcIssuer;

  @Context UriInfo uriInfo;

  @GET
  @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
  public String show(@HeaderParam("Accept-Language") String acceptLanguage) {
    String root = uriInfo.getBaseUri().getPath();
    return render(HomeText.forLanguages(acceptLanguage), root.endsWith("/") ? root : root + "/");
  }

  /** The page in these words, its links under the sandbox's root path (ending with '/'). */
  String render(HomeText text, String root) {
    String discovery = HtmlEscape.escape(fcIssuer + "/.well-known/openid-configuration");
    String partners =
        text.partners().stream()
            .map(
                partner ->
                    "<li><a href=\"%s\">%s</a></li>"
                        .formatted(
                            HtmlEscape.escape(root + partner.path()),
                            HtmlEscape.escape(partner.description())))
            .collect(Collectors.joining("\n"));
    return """
        <!DOCTYPE html>
        <html lang="%s">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s</title></head>
        <body>
        <main>
        <h1>%s</h1>
        <p>%s</p>
        <h2>%s</h2>
        <ul>
        %s
        </ul>
        <p>%s <a href="%s">%s</a></p>
        </main>
        </body>
        </html>
        """
        .formatted(
            text.language(),
            text.title(),
            text.title(),
            text.purpose(),
            text.partnersTitle(),
            partners,
            text.fcLabel(),
            discovery,
            discovery);
  }
}
