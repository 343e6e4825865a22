package fr.fc.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.fc.shared.error.FcError;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * docs/errors.md, the catalogue SP developers and support read, is what the code says: each error's
 * code, OIDC error, status, channel, description, and the words the citizen reads. After changing
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
            messages (`ErrorCatalogueTest`). *Page*: fc's error page shows the code, an error id and
            the message; *redirect*: the SP's redirect URI gets `error`, `error_description`, `state`
            and `iss`; *JSON*: the back-channel answer carries `error`, `error_description` and an
            `error_uri` with the code and the error id.

            | Code | OIDC error | HTTP | Channel | error_description | What the citizen reads (page) |
            | --- | --- | --- | --- | --- | --- |
            """);
    for (FcError error : FcError.values()) {
      String message = error.channel() == FcError.Channel.PAGE ? french.getProperty(error.messageKey(), "") : "";
      out.append("| `%s` | `%s` | %d | %s | %s | %s |%n"
          .formatted(error.code(), error.oidcError(), error.httpStatus(), channel(error), cell(error.description()), cell(message)));
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
