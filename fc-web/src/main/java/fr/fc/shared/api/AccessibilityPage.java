package fr.fc.shared.api;

import fr.fc.shared.web.ContactLink;
import fr.fc.shared.web.FacesView;
import fr.fc.shared.web.PageText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;

/**
 * The accessibility statement the law requires (article 47 of law 2005-102), linked from every page,
 * in the parts of the RGAA's model, with the operator's contact when it gave one.
 */
@Path("accessibilite")
@RequestScoped
public class AccessibilityPage {

  private static final String BUNDLE = "fr.fc.shared.api.AccessibilityMessages";

  @Context private HttpHeaders headers;
  @Inject private PageSettings settings;

  @GET
  public Response show() {
    PageText text = PageText.of(BUNDLE, HtmlPage.locale(headers));
    Map<String, Object> model = new HashMap<>();
    model.put("contact", settings.accessibilityContact().map(ContactLink::of).orElse(null));
    return HtmlPage.ok(new FacesView("accessibility", text, model)).build();
  }
}
