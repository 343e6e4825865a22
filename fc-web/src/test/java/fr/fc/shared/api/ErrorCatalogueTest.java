package fr.fc.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.fc.shared.config.Setting;
import fr.fc.shared.error.FcError;
import fr.fc.shared.web.PageText;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * docs/errors.md, the catalogue SP developers and support read, is what the code says: each error's
 * code, OIDC error, status, channel, description, the words the citizen reads and the help page the
 * error page links to. After changing
 * an error, rewrite it with {@code ./mvnw test -pl fc-web -am -Dtest=ErrorCatalogueTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dfc.docs.update=true}.
 */
class ErrorCatalogueTest {

  private static final Path CATALOGUE = Path.of("..", "docs", "errors.md");

  @Test
  void theCatalogueIsUpToDate() throws Exception {
    String expected = render();
    if (Boolean.getBoolean("fc.docs.update")) {
      Files.writeString(CATALOGUE, expected, StandardCharsets.UTF_8);
    }
    assertEquals(expected, Files.readString(CATALOGUE, StandardCharsets.UTF_8), "docs/errors.md is out of date: " + howToUpdate());
  }

  static String render() throws Exception {
    Properties french = messages();
    StringBuilder out =
        new StringBuilder(
            """
            # fc's errors

            Every error fc reports, generated from `fr.fc.shared.error.FcError` and the error page's
            messages (`ErrorCatalogueTest`). *Page*: fc's error page shows the code, an error id,
            the message, what to do and a link to the help page of the error's family; *redirect*: the
            SP's redirect URI gets `error`, `error_description`, `state` and `iss`; *JSON*: the
            back-channel answer carries `error`, `error_description` and an `error_uri` with the code
            and the error id. The messages name the service by `fc.ui.product-name` (here its default).

            | Code | OIDC error | HTTP | Channel | error_description | What the citizen reads (page) | Help (page) |
            | --- | --- | --- | --- | --- | --- | --- |
            """);
    for (FcError error : FcError.values()) {
      boolean page = error.channel() == FcError.Channel.PAGE;
      String message = page ? french.getProperty(error.messageKey(), "").replace(PageText.PRODUCT, Setting.PRODUCT_NAME.defaultValue()) : "";
      String help = page ? "`" + ErrorFamily.of(error).path() + "`" : "";
      out.append("| `%s` | `%s` | %d | %s | %s | %s | %s |%n"
          .formatted(error.code(), error.oidcError(), error.httpStatus(), channel(error), cell(error.description()), cell(message), help));
    }
    return out.toString();
  }

  private static String channel(FcError error) {
    return switch (error.channel()) {
      case PAGE -> "page";
      case REDIRECT -> "redirect";
      case JSON -> "JSON";
    };
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  private static Properties messages() throws Exception {
    Properties messages = new Properties();
    try (InputStream in = ErrorCatalogueTest.class.getResourceAsStream("ErrorMessages.properties")) {
      messages.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
    }
    return messages;
  }

  private static String howToUpdate() {
    return "run ./mvnw test -pl fc-web -am -Dtest=ErrorCatalogueTest -Dsurefire.failIfNoSpecifiedTests=false -Dfc.docs.update=true";
  }
}
