package fr.fc.shared.api;

import static fr.fc.shared.api.HtmlPage.escape;

import fr.fc.shared.error.FcException;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * fc's error page: what happened in words a citizen understands, the error code and error id to
 * give to support, and what to do. Never a stack trace, never a way back to an untrusted URI.
 */
final class ErrorPage {

  private static final String BUNDLE = "fr.fc.shared.api.ErrorMessages";

  private ErrorPage() {}

  static Response render(FcException exception, Locale locale) {
    ResourceBundle text = HtmlPage.messages(BUNDLE, locale);
    String code = exception.error().code();
    String body =
        """
        <h1>%s</h1>
        %s<dl class="fr-raw-list fr-mb-4w">
        <dt class="fr-text--bold fr-mb-1v">%s</dt><dd class="fr-mb-2w"><code>%s</code></dd>
        <dt class="fr-text--bold fr-mb-1v">%s</dt><dd><code>%s</code></dd>
        </dl>
        <h2>%s</h2>
        <p>%s</p>
        """
            .formatted(
                escape(text.getString("error.title")),
                HtmlPage.errorAlert(message(text, exception.error().messageKey()), false),
                escape(text.getString("error.code")),
                escape(code),
                escape(text.getString("error.id")),
                escape(exception.errorId()),
                escape(text.getString("error.help.title")),
                escape(text.getString("error.help")));
    return HtmlPage.page(
        exception.error().httpStatus(), locale, text.getString("error.page-title").formatted(code), body);
  }

  private static String message(ResourceBundle text, String key) {
    try {
      return text.getString(key);
    } catch (MissingResourceException e) {
      return text.getString("error.default");
    }
  }
}
