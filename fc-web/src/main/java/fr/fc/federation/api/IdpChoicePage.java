package fr.fc.federation.api;

import fr.fc.federation.IdpChoice;
import fr.fc.federation.IdpChoiceService;
import fr.fc.shared.api.HtmlPage;
import fr.fc.shared.api.InteractionCookie;
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
        """
        <h1>%s</h1>
        %s<h2 class="fr-h4">%s</h2>
        <ul class="fr-raw-list fr-grid-row fr-grid-row--gutters fr-mb-4w">
        %s
        </ul>
        <p><a class="fr-link fr-link--icon-left fr-icon-arrow-left-line" href="../redirect-to-sp-with-error?uid=%s">%s</a></p>
        """
            .formatted(
                HtmlPage.escape(text.getString("choice.heading").formatted(choice.spName())),
                notice(text, failedIdp),
                HtmlPage.escape(text.getString("choice.subheading")),
                choice.tiles().stream().map(tile -> tile(choice, tile, text)).collect(Collectors.joining("\n")),
                HtmlPage.escape(choice.interactionUid()),
                HtmlPage.escape(text.getString("choice.back").formatted(choice.spName())));
    // A title of its own when the page tells of a failure (RGAA 8.6).
    String title = text.getString(failedIdp == null ? "choice.title" : "choice.title.failed");
    return HtmlPage.ok(locale, title, body)
        .cookie(InteractionCookie.of(choice.interactionUid()))
        .build();
  }

  /** Back from a failed IdP login: said in words, and announced to screen readers. */
  private static String notice(ResourceBundle text, String failedIdp) {
    if (failedIdp == null) {
      return "";
    }
    return HtmlPage.errorAlert(text.getString("choice.idp-failed").formatted(failedIdp), true);
  }

  @GET
  @Path("redirect-to-sp-with-error")
  public Response backToServiceProvider(@QueryParam("uid") String uid) {
    service.cancel(uid);
    throw new IllegalStateException("cancel always answers with the way back");
  }

  /** A DSFR tile that is a whole button: one POST form per IdP, its title the button's text. */
  private static String tile(IdpChoice choice, IdpChoice.Tile tile, ResourceBundle text) {
    if (!tile.available()) {
      return """
          <li class="fr-col-12 fr-col-sm-6 fr-col-md-4">\
          <div class="fr-tile fr-tile--sm fr-tile--disabled"><div class="fr-tile__body">\
          <div class="fr-tile__content"><p class="fr-tile__title">\
          <button type="button" disabled>%s</button></p>\
          <p class="fr-tile__detail">%s</p></div></div></div></li>"""
          .formatted(HtmlPage.escape(tile.title()), HtmlPage.escape(text.getString("choice.unavailable")));
    }
    return """
        <li class="fr-col-12 fr-col-sm-6 fr-col-md-4">\
        <form class="fr-tile fr-tile--sm fr-enlarge-button" method="post" action="../redirect-to-idp">\
        <input type="hidden" name="uid" value="%s"><input type="hidden" name="csrf" value="%s">\
        <input type="hidden" name="idp" value="%s">\
        <div class="fr-tile__body"><div class="fr-tile__content"><p class="fr-tile__title">\
        <button type="submit">%s</button></p></div></div></form></li>"""
        .formatted(
            HtmlPage.escape(choice.interactionUid()),
            HtmlPage.escape(choice.csrfToken()),
            HtmlPage.escape(tile.idpId()),
            HtmlPage.escape(tile.title()));
  }
}
