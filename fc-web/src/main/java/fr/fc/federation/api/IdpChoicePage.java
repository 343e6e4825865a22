package fr.fc.federation.api;

import fr.fc.federation.IdpChoice;
import fr.fc.federation.IdpChoiceService;
import fr.fc.shared.api.HtmlPage;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** The IdP choice page (DESIGN step 3) and its way back to the SP. */
@Path("v2")
@RequestScoped
public class IdpChoicePage {

  private static final String BUNDLE = "fr.fc.federation.api.IdpChoiceMessages";

  @EJB private IdpChoiceService service;
  @Context private HttpHeaders headers;

  @GET
  @Path("interaction/{uid}")
  public Response show(@PathParam("uid") String uid, @QueryParam("idp_failed") String failedIdp) {
    IdpChoice choice = service.choices(uid);
    Locale locale = HtmlPage.locale(headers);
    ResourceBundle text = HtmlPage.messages(BUNDLE, locale);
    String body =
        notice(text, failedIdp)
            + """
        <h1>%s</h1>
        <h2>%s</h2>
        <ul class="idp-tiles">
        %s
        </ul>
        <p><a href="../redirect-to-sp-with-error?uid=%s">%s</a></p>
        """
            .formatted(
                HtmlPage.escape(text.getString("choice.heading").formatted(choice.spName())),
                HtmlPage.escape(text.getString("choice.subheading")),
                choice.tiles().stream().map(tile -> tile(choice, tile)).collect(Collectors.joining("\n")),
                HtmlPage.escape(choice.interactionUid()),
                HtmlPage.escape(text.getString("choice.back").formatted(choice.spName())));
    return HtmlPage.ok(locale, text.getString("choice.title"), body)
        .cookie(InteractionCookie.of(choice.interactionUid()))
        .build();
  }

  private static String notice(ResourceBundle text, String failedIdp) {
    if (failedIdp == null) {
      return "";
    }
    return "<div role=\"alert\"><p>" + HtmlPage.escape(text.getString("choice.idp-failed").formatted(failedIdp)) + "</p></div>\n";
  }

  @GET
  @Path("redirect-to-sp-with-error")
  public Response backToServiceProvider(@QueryParam("uid") String uid) {
    service.cancel(uid);
    throw new IllegalStateException("cancel always answers with the way back");
  }

  private static String tile(IdpChoice choice, IdpChoice.Tile tile) {
    return """
        <li><form method="post" action="../redirect-to-idp">\
        <input type="hidden" name="uid" value="%s"><input type="hidden" name="csrf" value="%s">\
        <input type="hidden" name="idp" value="%s">\
        <button type="submit">%s</button></form></li>"""
        .formatted(
            HtmlPage.escape(choice.interactionUid()),
            HtmlPage.escape(choice.csrfToken()),
            HtmlPage.escape(tile.idpId()),
            HtmlPage.escape(tile.title()));
  }
}
