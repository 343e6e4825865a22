package fr.fc.federation.api;

import fr.fc.audit.AuditEvent;
import fr.fc.federation.IdpChoice;
import fr.fc.login.IdpChoiceService;
import fr.fc.shared.api.HtmlPage;
import fr.fc.shared.api.InteractionCookie;
import fr.fc.shared.api.LoginAddresses;
import fr.fc.shared.api.RefusedAs;
import fr.fc.shared.api.SameOriginForm;
import fr.fc.shared.api.SessionCookie;
import fr.fc.shared.error.FcError;
import fr.fc.shared.request.RequestParameters;
import fr.fc.shared.web.FacesView;
import fr.fc.shared.web.PageText;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;

/** The IdP choice page (DESIGN step 3) and its way back to the SP. */
@Path("v2")
@RefusedAs(AuditEvent.IDP_CHOICE_REFUSED)
@RequestScoped
public class IdpChoicePage {

  private static final String BUNDLE = "fr.fc.federation.api.IdpChoiceMessages";

  @EJB private IdpChoiceService service;
  @Inject private LoginAddresses addresses;
  @Context private HttpHeaders headers;
  @Context private UriInfo uri;

  @GET
  @Path("interaction/{uid}")
  public Response show(
      @PathParam("uid") String uid,
      @CookieParam(InteractionCookie.NAME) String browserSecret,
      @CookieParam(SessionCookie.NAME) String sessionId) {
    String failedIdp = query().get("idp_failed");
    IdpChoice choice = service.choices(uid, browserSecret, sessionId);
    PageText text = PageText.of(BUNDLE, HtmlPage.locale(choice.uiLocales(), headers));
    Map<String, Object> model = new HashMap<>();
    model.put("choice", choice);
    model.put("failedIdp", knownTitle(choice, failedIdp));
    return HtmlPage.ok(new FacesView("idp-choice", text, model)).build();
  }

  @GET
  @Path("redirect-to-sp-with-error")
  @SameOriginForm
  public Response backToServiceProvider(@CookieParam(InteractionCookie.NAME) String browserSecret) {
    return Response.seeOther(addresses.of(service.cancel(query().get("uid"), browserSecret)))
        .header("Cache-Control", "no-store")
        .build();
  }

  private RequestParameters query() {
    return RequestParameters.of(uri.getQueryParameters(), FcError.FORM_PARAMETER_DUPLICATED);
  }

  /** Only an IdP of this page can be named as failed: a crafted link cannot put words on fc's page. */
  private static String knownTitle(IdpChoice choice, String failedIdp) {
    return choice.tiles().stream()
        .map(IdpChoice.Tile::title)
        .filter(title -> title.equals(failedIdp))
        .findFirst()
        .orElse(null);
  }
}
