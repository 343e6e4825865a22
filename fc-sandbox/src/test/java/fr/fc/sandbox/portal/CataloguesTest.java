package fr.fc.sandbox.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CataloguesTest {

  @Test
  void theBuildPackagesTheThreeCataloguesOfTheRepository() throws IOException {
    assertEquals(List.of("errors.md", "audit-events.md", "config.md"), Catalogues.NAMES);
    for (String name : Catalogues.NAMES) {
      String repository = Files.readString(Path.of("../docs", name), StandardCharsets.UTF_8);
      assertEquals(repository, Catalogues.read(name).orElseThrow(), name);
    }
    assertTrue(Catalogues.read("errors.md").orElseThrow().contains("Le service en ligne qui demande la connexion"));
  }

  @Test
  void anyOtherNameIsNone() {
    for (String name : List.of("registry.md", "../errors.md", "errors.md/", "", "ERRORS.md", "../../idp/accounts.csv")) {
      assertTrue(Catalogues.read(name).isEmpty(), name);
    }
  }
}
