package fr.fc.shared.api;

import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import fr.fc.shared.web.FacesView;
import fr.fc.shared.web.PageText;
import fr.fc.shared.web.WayBack;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * fc's error page: what happened in words a citizen understands, the error code and error id to
 * give to support, and what to do, with its family's help page. Never a stack trace, never a way
 * back to an untrusted URI.
 */
final class ErrorPage {

  private static final String BUNDLE = "fr.fc.shared.api.ErrorMessages";

  private ErrorPage() {}

  static Response render(FcException exception, Locale locale, Optional<WayBack> wayBack) {
    PageText text = PageText.of(BUNDLE, locale);
    String key = exception.error().messageKey();
    Map<String, Object> model = new HashMap<>();
    model.put("code", exception.error().code());
    model.put("errorId", exception.errorId());
    model.put("description", exception.description());
    model.put("messageKey", text.containsKey(key) ? key : "error.default");
    ErrorFamily family = ErrorFamily.of(exception.error());
    model.put("family", family);
    model.put("adviceKey", adviceKey(exception.error(), family, text));
    model.put("wayBack", wayBack.orElse(null));
    return HtmlPage.page(exception.error().httpStatus(), new FacesView("error", text, model));
  }

  /** What to do: the family's step, unless the error has its own (a step of the family would not help). */
  static String adviceKey(FcError error, ErrorFamily family, PageText text) {
    String own = "error.help." + error.code();
    return text.containsKey(own) ? own : family.adviceKey();
  }
}
