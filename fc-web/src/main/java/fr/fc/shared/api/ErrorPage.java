package fr.fc.shared.api;

import fr.fc.shared.error.FcException;
import fr.fc.shared.web.FacesView;
import fr.fc.shared.web.PageText;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;

/**
 * fc's error page: what happened in words a citizen understands, the error code and error id to
 * give to support, and what to do. Never a stack trace, never a way back to an untrusted URI.
 */
final class ErrorPage {

  private static final String BUNDLE = "fr.fc.shared.api.ErrorMessages";

  private ErrorPage() {}

  static Response render(FcException exception, Locale locale) {
    PageText text = PageText.of(BUNDLE, locale);
    String key = exception.error().messageKey();
    Map<String, Object> model =
        Map.of(
            "code", exception.error().code(),
            "errorId", exception.errorId(),
            "message", text.get(text.containsKey(key) ? key : "error.default"));
    return HtmlPage.page(exception.error().httpStatus(), new FacesView("error", text, model));
  }
}
