package fr.fc.data.api;

import fr.fc.audit.AuditEvent;
import fr.fc.login.ConsentService;
import fr.fc.login.ConsentView;
import fr.fc.login.LoginOutcome;
import fr.fc.shared.api.HtmlPage;
import fr.fc.shared.api.InteractionCookie;
import fr.fc.shared.api.LoginAddresses;
import fr.fc.shared.api.LoginCookies;
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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * The information page ("Vous allez vous connecter en tant que"), with its consent box when the SP
 * must collect consent, and its "Continuer" button.
 */
@Path("v2")
@RefusedAs(AuditEvent.INFORMATION_STEP_REFUSED)
@RequestScoped
public class ConsentPage {

  private static final String BUNDLE = "fr.fc.data.api.ConsentMessages";
  /** The value a ticked consent box sends. */
  static final String TICKED = "on";
  /** The value of the refusal button. */
  static final String REFUSE = "refuse";

  @EJB private ConsentService service;
  @Inject private LoginAddresses addresses;
  @Inject private LoginCookies cookies;
  @Context private HttpHeaders headers;

  @GET
  @Path("interaction/{uid}/consent")
  public Response show(
      @PathParam("uid") String uid, @CookieParam(InteractionCookie.NAME) String browserSecret) {
    return HtmlPage.ok(page(service.view(uid, browserSecret), false)).build();
  }

  @POST
  @Path("login")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @SameOriginForm
  public Response continueToServiceProvider(
      MultivaluedMap<String, String> form, @CookieParam(InteractionCookie.NAME) String browserSecret) {
    RequestParameters parameters = RequestParameters.of(form, FcError.FORM_PARAMETER_DUPLICATED);
    String uid = parameters.get("uid");
    String csrf = parameters.get("csrf");
    String decision = parameters.get("decision");
    String consent = parameters.get("consent");
    if (REFUSE.equals(decision)) {
      return Response.seeOther(addresses.of(service.refuse(uid, browserSecret, csrf)))
          .header("Cache-Control", "no-store")
          .build();
    }
    LoginOutcome outcome = service.continueToServiceProvider(uid, browserSecret, csrf, TICKED.equals(consent));
    if (outcome instanceof LoginOutcome.ConsentMissing missing) {
      return HtmlPage.badRequest(page(missing.page(), true)).build();
    }
    return Response.seeOther(((LoginOutcome.ToServiceProvider) outcome).redirect())
        .header("Cache-Control", "no-store")
        .build();
  }

  /** "Ce n'est pas vous ?": back to the choice of IdP, fc's session ended and forgotten by the browser. */
  @POST
  @Path("change-account")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @SameOriginForm
  public Response changeAccount(
      MultivaluedMap<String, String> form,
      @CookieParam(InteractionCookie.NAME) String browserSecret,
      @CookieParam(SessionCookie.NAME) String sessionId) {
    RequestParameters parameters = RequestParameters.of(form, FcError.FORM_PARAMETER_DUPLICATED);
    return Response.seeOther(
            addresses.of(service.changeAccount(parameters.get("uid"), browserSecret, parameters.get("csrf"), sessionId)))
        .cookie(cookies.expiredSession())
        .header("Cache-Control", "no-store")
        .build();
  }

  private FacesView page(ConsentView view, boolean consentMissing) {
    PageText text = PageText.of(BUNDLE, HtmlPage.locale(view.uiLocales(), headers));
    return new FacesView("consent", text, Map.of("consent", view, "consentMissing", consentMissing));
  }
}
