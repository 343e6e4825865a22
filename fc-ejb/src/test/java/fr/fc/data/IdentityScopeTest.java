package fr.fc.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.shared.config.Platform;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The scopes of each platform (contract section 1.6). */
class IdentityScopeTest {

  @Test
  void franceConnectPlusHasNoGivenNameArrayNorIdpBirthdate() {
    assertEquals(
        Set.of("given_name", "family_name", "birthdate", "gender", "preferred_username"),
        IdentityScope.claimsOf(List.of("profile"), Platform.PLUS));
    assertEquals(Set.of("given_name"), IdentityScope.claimsOf(List.of("given_name"), Platform.PLUS));
    assertFalse(Scopes.of(Platform.PLUS).contains("idp_birthdate"));
    assertTrue(IdentityScope.claimsOf(List.of("profile"), Platform.V2).contains("given_name_array"));
  }

  @Test
  void itsRnippScopesReleaseTheRegistersValuesAndAreOnlyItsOwn() {
    assertEquals(
        Set.of("rnipp_birthplace", "rnipp_birthcountry"), IdentityScope.claimsOf(List.of("rnipp_birth"), Platform.PLUS));
    assertTrue(IdentityScope.allClaims(Platform.PLUS).contains("rnipp_given_name_array"));
    assertEquals(Set.of(), IdentityScope.claimsOf(List.of("rnipp_birth"), Platform.V2));
    assertFalse(Scopes.of(Platform.V2).contains("rnipp_identite_pivot"));
    assertTrue(Scopes.all().contains("rnipp_identite_pivot"), "an SP may be registered for them");
  }

  @Test
  void addressAndPhoneAreV1sOnly() {
    assertEquals(Set.of("address", "phone_number"), IdentityScope.claimsOf(List.of("address", "phone"), Platform.V1));
    assertFalse(Scopes.of(Platform.V2).contains("address"), "contract 1.1: address is absent on v2 standard");
    assertFalse(Scopes.of(Platform.PLUS).contains("phone"));
  }
}
