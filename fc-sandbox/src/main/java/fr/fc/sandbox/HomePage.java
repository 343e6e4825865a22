package fr.fc.sandbox;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The sandbox's front page: what it offers and where fc is, in French or in English. */
@Path("/")
@RequestScoped
public class HomePage {

  @Inject
  @ConfigProperty(name = "fc.sandbox.fc-issuer")
  String fcIssuer;

  @GET
  @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
  public String show(@HeaderParam("Accept-Language") String acceptLanguage) {
    HomeText text = HomeText.forLanguages(acceptLanguage);
    String discovery = HtmlEscape.escape(fcIssuer + "/.well-known/openid-configuration");
    return """
        <!DOCTYPE html>
        <html lang="%s">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s</title></head>
        <body>
        <main>
        <h1>%s</h1>
        <p>%s</p>
        <p>%s <a href="%s">%s</a></p>
        </main>
        </body>
        </html>
        """
        .formatted(
            text.language(), text.title(), text.title(), text.purpose(), text.fcLabel(), discovery,
            discovery);
  }
}
