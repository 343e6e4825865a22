package fr.fc.data.api;

import fr.fc.data.ConsentService;
import fr.fc.data.ConsentView;
import fr.fc.shared.api.HtmlPage;
import fr.fc.shared.web.FacesView;
import fr.fc.shared.web.PageText;
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
import java.util.Map;

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
    PageText text = PageText.of(BUNDLE, HtmlPage.locale(view.uiLocales(), headers));
    return HtmlPage.ok(new FacesView("consent", text, Map.of("consent", view))).build();
  }

  @POST
  @Path("login")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response continueToServiceProvider(@FormParam("uid") String uid, @FormParam("csrf") String csrf) {
    return Response.seeOther(service.continueToServiceProvider(uid, csrf))
        .header("Cache-Control", "no-store")
        .build();
  }
}
