package fr.fc.admin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.registry.PartnerKind;
import fr.fc.registry.RegistryChange;
import fr.fc.registry.RegistryChange.Action;
import fr.fc.registry.RegistryImport.NewSecret;
import fr.fc.registry.RegistryImport.Result;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What applying a registry file did, as the lines fc-registry prints: + created, ~ updated with
 * each field before and after, - deactivated, the secrets made (shown once), and a summary.
 */
class ImportReportTest {

  private static final RegistryChange CREATED =
      new RegistryChange(
          PartnerKind.SERVICE_PROVIDER, "sp-a", Action.CREATE, Map.of("name", fromNothingTo("SP A")));
  private static final RegistryChange UPDATED =
      new RegistryChange(
          PartnerKind.IDENTITY_PROVIDER,
          "idp-b",
          Action.UPDATE,
          Map.of(
              "title", Map.of("before", "Old", "after", "New"),
              "allowedAcrs", Map.of("before", List.of("eidas1"), "after", List.of("eidas1", "eidas2"))));
  private static final RegistryChange DEACTIVATED =
      new RegistryChange(
          PartnerKind.DATA_PROVIDER, "dp-c", Action.DEACTIVATE, Map.of("active", Map.of("before", true, "after", false)));

  @Test
  void saysWhatWasCreatedUpdatedFieldByFieldAndDeactivated() {
    String text =
        ImportReport.text(
            new Result(
                false,
                List.of(CREATED, UPDATED, DEACTIVATED),
                12,
                List.of(new NewSecret(PartnerKind.SERVICE_PROVIDER, "sp-a", "0123abcd")),
                List.of()));

    assertEquals(
        """
        + service provider sp-a
        ~ identity provider idp-b:
            allowedAcrs: [eidas1] -> [eidas1, eidas2]
            title: Old -> New
        - data provider dp-c
          secret of service provider sp-a (shown once): 0123abcd
        3 change(s), 12 unchanged
        """,
        text);
  }

  @Test
  void anUpdateListsItsFieldsIndentedUnderItInNameOrder() {
    List<String> lines = lines(ImportReport.text(result(false, UPDATED)));

    assertEquals("~ identity provider idp-b:", lines.get(0));
    assertEquals("    allowedAcrs: [eidas1] -> [eidas1, eidas2]", lines.get(1));
    assertEquals("    title: Old -> New", lines.get(2));
    assertEquals("1 change(s), 0 unchanged", lines.get(3));
  }

  @Test
  void aCreationIsOneLineWithoutItsFields() {
    List<String> lines = lines(ImportReport.text(result(false, CREATED)));

    assertEquals(List.of("+ service provider sp-a", "1 change(s), 0 unchanged"), lines);
  }

  @Test
  void aDeactivationIsOneLineWithoutItsFields() {
    List<String> lines = lines(ImportReport.text(result(false, DEACTIVATED)));

    assertEquals(List.of("- data provider dp-c", "1 change(s), 0 unchanged"), lines);
  }

  @Test
  void showsEachGeneratedSecretOnceWithWhoseItIs() {
    String text =
        ImportReport.text(
            new Result(
                false,
                List.of(CREATED),
                0,
                List.of(
                    new NewSecret(PartnerKind.SERVICE_PROVIDER, "sp-a", "secret-of-sp-a"),
                    new NewSecret(PartnerKind.DATA_PROVIDER, "dp-d", "secret-of-dp-d")),
                List.of()));

    assertTrue(text.contains("\n  secret of service provider sp-a (shown once): secret-of-sp-a\n"), text);
    assertTrue(text.contains("\n  secret of data provider dp-d (shown once): secret-of-dp-d\n"), text);
    assertEquals(1, text.split("secret-of-sp-a", -1).length - 1, "shown once");
  }

  @Test
  void showsTheWarnings() {
    String text =
        ImportReport.text(
            new Result(false, List.of(), 3, List.of(), List.of("impots: discovery document unreachable")));

    assertEquals("  warning: impots: discovery document unreachable\n0 change(s), 3 unchanged\n", text);
  }

  @Test
  void aDryRunSaysNothingChanged() {
    String text = ImportReport.text(result(true, CREATED, UPDATED));

    assertTrue(text.endsWith("2 change(s), 0 unchanged (dry run: nothing changed)\n"), text);
    assertTrue(text.startsWith("+ service provider sp-a\n~ identity provider idp-b:\n"), text);
  }

  @Test
  void aRealRunDoesNotSayDryRun() {
    String text = ImportReport.text(result(false, CREATED));

    assertFalse(text.contains("dry run"), text);
    assertTrue(text.endsWith("1 change(s), 0 unchanged\n"), text);
  }

  @Test
  void aFileThatChangesNothingSaysSo() {
    assertEquals("0 change(s), 7 unchanged\n", ImportReport.text(new Result(false, List.of(), 7, List.of(), List.of())));
  }

  private static Result result(boolean dryRun, RegistryChange... changes) {
    return new Result(dryRun, List.of(changes), 0, List.of(), List.of());
  }

  @Test
  void aFieldWithoutValueShowsNoneNotNull() {
    RegistryChange newSecret =
        new RegistryChange(PartnerKind.DATA_PROVIDER, "dp", Action.UPDATE, Map.of("clientSecret", fromNothingTo("(new secret)")));

    String text = ImportReport.text(new Result(false, List.of(newSecret), 0, List.of(), List.of()));

    assertEquals("    clientSecret: (none) -> (new secret)", lines(text).get(1));
  }

  private static List<String> lines(String text) {
    assertTrue(text.endsWith("\n"), "every line ends: " + text);
    return List.of(text.split("\n"));
  }

  private static Map<String, Object> fromNothingTo(Object value) {
    Map<String, Object> beforeAfter = new HashMap<>();
    beforeAfter.put("before", null);
    beforeAfter.put("after", value);
    return beforeAfter;
  }
}
