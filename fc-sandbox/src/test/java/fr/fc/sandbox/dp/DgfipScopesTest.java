package fr.fc.sandbox.dp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DgfipScopesTest {

  static final Map<String, Object> DATA = TestHouseholds.taxData(24500);

  @Test
  void releasesOnlyTheFieldsOfTheGrantedScopes() {
    Map<String, Object> released =
        DgfipScopes.release(DATA, List.of("openid", "dgfip_nbpart", "dgfip_rfr", "given_name"));

    assertEquals(List.of("rfr", "nbPart"), List.copyOf(released.keySet()));
    assertEquals(24500L, released.get("rfr"));
    assertEquals(1.5, released.get("nbPart"));
  }

  @Test
  void theAddressScopeReleasesTheAddressAndItsDetailWithEmptyValuesAsNull() {
    Map<String, Object> released = DgfipScopes.release(DATA, List.of("dgfip_aft"));

    assertEquals(List.of("aft", "aftDetail"), List.copyOf(released.keySet()));
    Map<?, ?> detail = (Map<?, ?>) released.get("aftDetail");
    assertTrue(detail.containsKey("complementAdresse"));
    assertNull(detail.get("complementAdresse"));
    assertEquals("75007", detail.get("codePostal"));
  }

  @Test
  void bothDependantScopesReleaseTheDependants() {
    assertEquals(Set.of("pac"), DgfipScopes.release(DATA, List.of("dgfip_pac")).keySet());
    assertEquals(Set.of("pac"), DgfipScopes.release(DATA, List.of("dgfip_nbpac")).keySet());
  }

  @Test
  void anEmptyTextBecomesNull() {
    Map<String, Object> data = TestHouseholds.taxData(1);
    data.put("sitFam", " ");

    Map<String, Object> released = DgfipScopes.release(data, List.of("dgfip_sitfam"));

    assertTrue(released.containsKey("sitFam"));
    assertNull(released.get("sitFam"));
  }

  @Test
  void everyFieldInAFixedOrderWhenEveryScopeIsGranted() {
    Map<String, Object> released = DgfipScopes.release(DATA, DgfipScopes.FIELDS_BY_SCOPE.keySet());

    assertEquals(DgfipScopes.FIELDS, List.copyOf(released.keySet()));
  }

  @Test
  void otherProvidersScopesAreNotServed() {
    assertEquals(
        Set.of(), DgfipScopes.served(List.of("openid", "cnam_paiements_ij", "dgfip_decl")));
    assertEquals(Set.of(), DgfipScopes.release(DATA, List.of("openid", "profile")).keySet());
    assertEquals(Set.of("dgfip_rfr"), DgfipScopes.served(List.of("email", "dgfip_rfr")));
  }
}
