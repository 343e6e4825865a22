package fr.fc.sandbox.dp;

import static fr.fc.sandbox.dp.TestHouseholds.household;
import static fr.fc.sandbox.dp.TestHouseholds.identity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaxDataServiceTest {

  static final TaxHouseholds HOUSEHOLDS =
      new TaxHouseholds(
          List.of(
              household(
                  "test", identity("ANGELA", "DUBOIS", "1962-08-24", "female", "99100"), 24500)));

  @Test
  void releasesTheGrantedFieldsOfTheCitizensHousehold() {
    Map<String, Object> released =
        TaxDataService.release(introspection("dgfip_rfr dgfip_nbpart"), HOUSEHOLDS);

    assertEquals(Map.of("rfr", 24500L, "nbPart", 1.5), released);
  }

  @Test
  void anInactiveTokenIsRefused() {
    assertRefused(DpError.INVALID_TOKEN, TokenIntrospection.fromJson(Map.of("active", false)));
    assertRefused(DpError.INVALID_TOKEN, TokenIntrospection.fromJson(Map.of()));
  }

  @Test
  void aTokenWithoutAnyScopeOfThisProviderIsForbidden() {
    assertRefused(DpError.INSUFFICIENT_SCOPE, introspection(""));
    assertRefused(DpError.INSUFFICIENT_SCOPE, introspection("openid profile cnam_paiements_ij"));
  }

  @Test
  void aCitizenWithoutHouseholdIsNotFound() {
    Map<String, Object> claims = new java.util.HashMap<>(TestFc.activeFor("dgfip_rfr"));
    claims.put("birthdate", "1962-08-25");

    assertRefused(DpError.NOT_FOUND, TokenIntrospection.fromJson(claims));
  }

  private static TokenIntrospection introspection(String scope) {
    return TokenIntrospection.fromJson(TestFc.activeFor(scope));
  }

  private static void assertRefused(DpError expected, TokenIntrospection introspection) {
    DpException refusal =
        assertThrows(DpException.class, () -> TaxDataService.release(introspection, HOUSEHOLDS));
    assertEquals(expected, refusal.error());
  }
}
