package fr.fc.shared.api;

import fr.fc.shared.error.FcException;
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

  static String render(FcException exception, Locale locale) {
    ResourceBundle text = ResourceBundle.getBundle(BUNDLE, locale, ErrorPage.class.getClassLoader());
    String message = message(text, exception.error().messageKey());
    return """
        <!DOCTYPE html>
        <html lang="%s">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s - fc</title></head>
        <body>
        <main id="main-content">
        <h1>%s</h1>
        <p>%s</p>
        <dl>
        <dt>%s</dt><dd><code>%s</code></dd>
        <dt>%s</dt><dd><code>%s</code></dd>
        </dl>
        <h2>%s</h2>
        <p>%s</p>
        </main>
        </body>
        </html>
        """
        .formatted(
            locale.getLanguage(),
            escape(text.getString("error.title")),
            escape(text.getString("error.title")),
            escape(message),
            escape(text.getString("error.code")),
            escape(exception.error().code()),
            escape(text.getString("error.id")),
            escape(exception.errorId()),
            escape(text.getString("error.help.title")),
            escape(text.getString("error.help")));
  }

  private static String message(ResourceBundle text, String key) {
    try {
      return text.getString(key);
    } catch (MissingResourceException e) {
      return text.getString("error.default");
    }
  }

  static String escape(String value) {
    return value
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
