package fr.fc.shared.api;

import fr.fc.shared.error.FcError;
import fr.fc.shared.web.FacesView;
import fr.fc.shared.web.PageText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Help for each {@link ErrorFamily}, which every error page links to: what happened, and the steps
 * that can actually help. /api/aide lists them; an unknown one is a 404 that lists them too.
 */
@Path("aide")
@RequestScoped
public class HelpPage {

  private static final String BUNDLE = "fr.fc.shared.api.HelpMessages";

  @Context private HttpHeaders headers;

  @GET
  public Response index() {
    return HtmlPage.ok(index(false)).build();
  }

  @GET
  @Path("{family}")
  public Response show(@PathParam("family") String slug) {
    return ErrorFamily.bySlug(slug)
        .map(family -> HtmlPage.ok(page(family)).build())
        .orElseGet(() -> HtmlPage.page(404, index(true)));
  }

  private FacesView page(ErrorFamily family) {
    PageText text = text();
    String prefix = "help." + family.slug();
    return new FacesView(
        "help",
        text,
        Map.of(
            "family", family,
            "families", otherFamilies(family),
            "explanations", numbered(text, prefix + ".what."),
            "steps", numbered(text, prefix + ".step."),
            "codes", family.pageErrors().stream().map(FcError::code).collect(Collectors.joining(", "))));
  }

  private FacesView index(boolean unknown) {
    return new FacesView("help-index", text(), Map.of("families", List.of(ErrorFamily.values()), "unknown", unknown));
  }

  private PageText text() {
    return PageText.of(BUNDLE, HtmlPage.locale(headers));
  }

  private static List<ErrorFamily> otherFamilies(ErrorFamily family) {
    return List.of(ErrorFamily.values()).stream().filter(other -> other != family).toList();
  }

  /** The keys prefix1, prefix2... the text has, in order: a page's paragraphs or steps. */
  static List<String> numbered(PageText text, String prefix) {
    List<String> keys = new ArrayList<>();
    for (int n = 1; text.containsKey(prefix + n); n++) {
      keys.add(prefix + n);
    }
    return keys;
  }
}
