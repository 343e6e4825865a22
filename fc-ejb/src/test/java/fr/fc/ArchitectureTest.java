package fr.fc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * fc-ejb's domains depend on each other one way only (docs/architecture.md): each may use the
 * domains below it in {@link #LAYERS}, never one above, so a change in a lower domain never needs
 * one above to be read, and the login sequence lives in one place.
 */
class ArchitectureTest {

  /** Top first. A package may depend on the packages after it. */
  static final List<String> LAYERS =
      List.of(
          "fr.fc.login",
          "fr.fc.citizen",
          "fr.fc.federation",
          "fr.fc.oidc",
          "fr.fc.data",
          "fr.fc.session",
          "fr.fc.rnipp",
          "fr.fc.identity",
          "fr.fc.registry",
          "fr.fc.audit",
          "fr.fc.crypto",
          "fr.fc.shared.config",
          "fr.fc.shared.database",
          "fr.fc.shared.request",
          "fr.fc.shared.error");

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("fr.fc");
  }

  @Test
  void everyPackageOfFcEjbHasItsPlaceInTheLayers() {
    Set<String> packages =
        classes.stream()
            .map(javaClass -> javaClass.getPackageName())
            .filter(name -> name.startsWith("fr.fc.") && !isOtherModules(name))
            .collect(Collectors.toCollection(TreeSet::new));

    assertEquals(new TreeSet<>(LAYERS), packages);
  }

  @Test
  void noDomainDependsOnADomainAboveIt() {
    for (int layer = 1; layer < LAYERS.size(); layer++) {
      rule(LAYERS.get(layer), LAYERS.subList(0, layer)).check(classes);
    }
  }

  @Test
  void docsArchitectureListsTheSameLayersInTheSameOrder() throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "architecture.md"), StandardCharsets.UTF_8);
    List<String> listed =
        Pattern.compile("^\\d+\\. `(fr\\.fc\\.[a-z.]+)`", Pattern.MULTILINE)
            .matcher(doc)
            .results()
            .map(match -> match.group(1))
            .toList();

    assertEquals(LAYERS, listed, "docs/architecture.md, 'Domains of fc-ejb, top to bottom'");
  }

  @Test
  void theRuleCatchesABackEdge() {
    // session.FlowStore is below login: the reverse rule must fail, or the rule checks nothing.
    ArchRule reversed = rule("fr.fc.login", List.of("fr.fc.session"));

    assertThrows(AssertionError.class, () -> reversed.check(classes));
  }

  private static ArchRule rule(String layer, List<String> above) {
    return noClasses()
        .that()
        .resideInAPackage(layer)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(above.stream().map(name -> name + "..").toArray(String[]::new))
        .because(layer + " is below " + String.join(", ", above));
  }

  // Packages of fc-persistence and the RNIPP connector, on the class path but not fc-ejb's domains.
  private static boolean isOtherModules(String name) {
    return Arrays.asList("fr.fc.registry.model", "fr.fc.data.model", "fr.fc.rnipp.connector", "fr.fc.shared.schema").stream()
        .anyMatch(name::startsWith);
  }
}
