package fr.fc.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a change of the registry says it changed: in an import answer, the trail's detail and a person's report. */
class RegistryChangeTest {

  @Test
  void aDiffListsOnlyTheFieldsThatDifferWithTheirValuesBeforeAndAfter() {
    Map<String, Object> before =
        Map.of("title", "Old", "active", true, "allowedAcrs", List.of("eidas1"), "order", 2);
    Map<String, Object> after =
        Map.of("title", "New", "active", false, "allowedAcrs", List.of("eidas1"), "order", 2);

    Map<String, Map<String, Object>> diff = RegistryChange.diff(before, after);

    assertEquals(
        Map.of(
            "active", Map.of("before", true, "after", false),
            "title", Map.of("before", "Old", "after", "New")),
        diff);
  }

  @Test
  void aDiffIsInNameOrder() {
    Map<String, Object> before = Map.of("zeta", 1, "alpha", 1, "mu", 1, "beta", 1);
    Map<String, Object> after = Map.of("zeta", 2, "alpha", 2, "mu", 2, "beta", 1);

    assertEquals(List.of("alpha", "mu", "zeta"), List.copyOf(RegistryChange.diff(before, after).keySet()));
  }

  @Test
  void aDiffComparesListsByTheirItems() {
    assertTrue(
        RegistryChange.diff(
                Map.of("scopes", List.of("email", "openid")), Map.of("scopes", new java.util.ArrayList<>(List.of("email", "openid"))))
            .isEmpty());
    assertEquals(
        Map.of("scopes", Map.of("before", List.of("openid"), "after", List.of("email", "openid"))),
        RegistryChange.diff(Map.of("scopes", List.of("openid")), Map.of("scopes", List.of("email", "openid"))));
  }

  @Test
  void aCreationShowsEveryFieldWithNothingBefore() {
    Map<String, Map<String, Object>> diff = RegistryChange.diff(Map.of(), Map.of("name", "SP", "active", true));

    assertEquals(List.of("active", "name"), List.copyOf(diff.keySet()));
    assertEquals(fromNothingTo("SP"), diff.get("name"));
    assertEquals(fromNothingTo(true), diff.get("active"));
  }

  @Test
  void aDeletionShowsEveryFieldWithNothingAfter() {
    Map<String, Map<String, Object>> diff = RegistryChange.diff(Map.of("name", "SP"), Map.of());

    Map<String, Object> gone = new HashMap<>();
    gone.put("before", "SP");
    gone.put("after", null);
    assertEquals(Map.of("name", gone), diff);
  }

  @Test
  void aFieldNullOnOneSideAndLeftOutOnTheOtherIsNoChange() {
    Map<String, Object> withoutCategory = new HashMap<>();
    withoutCategory.put("category", null);

    assertTrue(RegistryChange.diff(withoutCategory, Map.of()).isEmpty());
    assertTrue(RegistryChange.diff(Map.of(), withoutCategory).isEmpty());
  }

  @Test
  void equalEntriesHaveNoDiff() {
    Map<String, Object> entry = Map.of("id", "impots", "order", 1, "display", true);

    assertTrue(RegistryChange.diff(entry, Map.copyOf(entry)).isEmpty());
  }

  @Test
  void itsJsonNamesTheKindTheIdAndTheActionByTheirJsonNames() {
    RegistryChange change =
        new RegistryChange(PartnerKind.DATA_PROVIDER, "dgfip", RegistryChange.Action.ROTATE_SECRET, Map.of());

    Map<String, Object> json = change.json();

    assertEquals(Map.of("kind", "dataProvider", "id", "dgfip", "action", "rotate-secret"), json);
    assertEquals(List.of("kind", "id", "action"), List.copyOf(json.keySet()));
  }

  @Test
  void itsJsonHasNoFieldsKeyWhenNoFieldChanged() {
    Map<String, Object> json =
        new RegistryChange(PartnerKind.SERVICE_PROVIDER, "sp-a", RegistryChange.Action.DELETE, Map.of()).json();

    assertFalse(json.containsKey("fields"), json.toString());
    assertEquals("serviceProvider", json.get("kind"));
    assertEquals("delete", json.get("action"));
  }

  @Test
  void itsJsonGivesTheChangedFieldsInNameOrder() {
    Map<String, Map<String, Object>> fields =
        RegistryChange.diff(Map.of("title", "Old", "available", true), Map.of("title", "New", "available", false));
    RegistryChange change = new RegistryChange(PartnerKind.IDENTITY_PROVIDER, "idp-b", RegistryChange.Action.UPDATE, fields);

    Map<String, Object> json = change.json();

    assertEquals(List.of("kind", "id", "action", "fields"), List.copyOf(json.keySet()));
    assertEquals("identityProvider", json.get("kind"));
    assertEquals("idp-b", json.get("id"));
    assertEquals("update", json.get("action"));
    Map<?, ?> changed = (Map<?, ?>) json.get("fields");
    assertEquals(List.of("available", "title"), List.copyOf(changed.keySet()));
    assertEquals(Map.of("before", "Old", "after", "New"), changed.get("title"));
  }

  @Test
  void actionsHaveTheJsonNamesOfTheImportAnswer() {
    assertEquals("create", RegistryChange.Action.CREATE.jsonName());
    assertEquals("update", RegistryChange.Action.UPDATE.jsonName());
    assertEquals("activate", RegistryChange.Action.ACTIVATE.jsonName());
    assertEquals("deactivate", RegistryChange.Action.DEACTIVATE.jsonName());
    assertEquals("delete", RegistryChange.Action.DELETE.jsonName());
  }

  private static Map<String, Object> fromNothingTo(Object value) {
    Map<String, Object> beforeAfter = new HashMap<>();
    beforeAfter.put("before", null);
    beforeAfter.put("after", value);
    return beforeAfter;
  }
}
