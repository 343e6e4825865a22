package fr.fc.sandbox.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.fc.sandbox.sp.SpVariant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SpStartTest {

  private final List<SpStart> starts = SpStart.all(variant -> "sandbox-" + variant.parameter() + "-sp");

  @Test
  void everyRegistrationOfTheDemoSpHasItsButton() {
    Set<String> ids = starts.stream().map(SpStart::elementId).collect(Collectors.toSet());

    for (SpVariant variant : SpVariant.values()) {
      assertEquals(true, ids.contains("start-sandbox-" + variant.parameter() + "-sp"), variant.toString());
    }
    assertEquals(starts.size(), ids.size(), "ids are unique");
  }

  @Test
  void eachButtonStartsItsRegistrationsLogin() {
    Map<String, SpStart> byKey = starts.stream().collect(Collectors.toMap(SpStart::key, start -> start));

    assertEquals(Map.of("variant", "private"), byKey.get("private").query());
    assertEquals(Map.of("variant", "prompt"), byKey.get("prompt").query());
    assertEquals(Map.of("variant", "filtered"), byKey.get("filtered").query());
    assertEquals(Map.of("variant", "v1"), byKey.get("v1").query());
    assertEquals(Map.of("variant", "plus", "acr", "eidas3"), byKey.get("plus-eidas3").query());
    assertEquals("sp/login", byKey.get("private").path());
    assertEquals("sp/tax-data", byKey.get("tax-data").path());
    assertEquals("start-sandbox-demo-sp-tax-data", byKey.get("tax-data").elementId());
    assertEquals("sandbox-plus-sp", byKey.get("plus-eidas2").clientId());
  }
}
