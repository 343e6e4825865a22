package fr.fc.data.api;

import fr.fc.data.ConsentService;
import fr.fc.data.ConsentView;
import fr.fc.shared.api.HtmlPage;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** The information page ("Vous allez vous connecter en tant que") and its "Continuer" button. */
@Path("v2")
@RequestScoped
public class ConsentPage {

  private static final String BUNDLE = "fr.fc.data.api.ConsentMessages";

  @EJB private ConsentService service;
  @Context private HttpHeaders headers;

  @GET
  @Path("interaction/{uid}/consent")
  public Response show(@PathParam("uid") String uid) {
    ConsentView view = service.view(uid);
    Locale locale = HtmlPage.locale(headers);
    ResourceBundle text = HtmlPage.messages(BUNDLE, locale);
    String body =
        """
        <h1>%s</h1>
        <h2>%s</h2>
        %s
        <form method="post" action="../../login">
        <input type="hidden" name="uid" value="%s"><input type="hidden" name="csrf" value="%s">
        <button class="fr-btn fr-btn--lg" type="submit">%s</button>
        </form>
        """
            .formatted(
                HtmlPage.escape(text.getString(view.anonymous() ? "consent.anonymous" : "consent.heading")),
                HtmlPage.escape(view.citizenName()),
                claims(text, view),
                HtmlPage.escape(view.interactionUid()),
                HtmlPage.escape(view.csrfToken()),
                HtmlPage.escape(text.getString("consent.continue").formatted(view.spName())));
    return HtmlPage.ok(locale, text.getString("consent.title").formatted(view.spName()), body).build();
  }

  @POST
  @Path("login")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response continueToServiceProvider(@FormParam("uid") String uid, @FormParam("csrf") String csrf) {
    return Response.seeOther(service.continueToServiceProvider(uid, csrf))
        .header("Cache-Control", "no-store")
        .build();
  }

  private static String claims(ResourceBundle text, ConsentView view) {
    if (view.anonymous()) {
      return "";
    }
    return "<p>"
        + HtmlPage.escape(text.getString("consent.transmitted"))
        + "</p>\n<ul class=\"fr-mb-4w\">\n"
        + view.claims().stream()
            .map(claim -> "<li>" + HtmlPage.escape(text.getString("claim." + claim)) + "</li>")
            .collect(Collectors.joining("\n"))
        + "\n</ul>";
  }
}
