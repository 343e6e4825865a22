package fr.fc.shared.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A page of docs/ generated from a catalogue of the code: the test fails when the page differs from
 * what the catalogue says, and rewrites it when run with {@code -Dfc.docs.update=true}.
 */
public final class GeneratedDoc {

  private GeneratedDoc() {}

  /** @param test the test class that renders the page, named in the message that says how to rewrite it */
  public static void assertUpToDate(String name, String expected, Class<?> test) throws IOException {
    Path page = Path.of("..", "docs", name);
    if (Boolean.getBoolean("fc.docs.update")) {
      Files.writeString(page, expected, StandardCharsets.UTF_8);
    }
    assertEquals(
        expected,
        Files.readString(page, StandardCharsets.UTF_8),
        "docs/" + name + " is out of date: run ./mvnw test -pl fc-ejb -Dtest=" + test.getSimpleName()
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dfc.docs.update=true");
  }
}
