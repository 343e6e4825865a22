package fr.fc.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.fc.identity.Birthdate;
import fr.fc.identity.PivotIdentity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What each platform transmits of the citizen (contract sections 1.6 and 4). */
class TransmittedIdentityTest {

  // The IdP knows the citizen by her usage of one given name; the register by all three.
  private static final PivotIdentity FROM_IDP =
      new PivotIdentity("Angela", List.of("Angela"), "DUBOIS", "1962-08-24", "female", "75107", "99100",
          "angela@example.fr", "MARTIN");
  private static final PivotIdentity REGISTERED =
      new PivotIdentity("Angela Claire Louise", List.of("Angela", "Claire", "Louise"), "DUBOIS", "1962-08-24",
          "female", "75107", "99100", "angela@example.fr", null);

  @Test
  void theStandardPlatformSendsTheRegistersIdentityAndTheIdpsBirthdate() {
    Map<String, Object> claims = TransmittedIdentity.standard(REGISTERED, Birthdate.parse("1962-08-24"));

    assertEquals("Angela Claire Louise", claims.get("given_name"));
    assertEquals(List.of("Angela", "Claire", "Louise"), claims.get("given_name_array"));
    assertEquals("1962-08-24", claims.get("idp_birthdate"));
    assertFalse(claims.keySet().stream().anyMatch(name -> name.startsWith("rnipp_")));
  }

  @Test
  void franceConnectPlusSendsTheIdpsIdentityWithTheRegistersBesideIt() {
    Map<String, Object> claims = TransmittedIdentity.plus(FROM_IDP, REGISTERED);

    assertEquals("Angela", claims.get("given_name"));
    assertEquals("MARTIN", claims.get("preferred_username"));
    assertEquals("angela@example.fr", claims.get("email"));
    assertEquals("Angela Claire Louise", claims.get("rnipp_given_name"));
    assertEquals(List.of("Angela", "Claire", "Louise"), claims.get("rnipp_given_name_array"));
    assertEquals("75107", claims.get("rnipp_birthplace"));
    assertFalse(claims.containsKey("given_name_array"), "not on FranceConnect+");
    assertFalse(claims.containsKey("idp_birthdate"));
    assertFalse(claims.containsKey("rnipp_email"), "the register has no e-mail");
  }

  @Test
  void v1AddsTheIdpsPhoneAndAddressWhenWellFormed() {
    Map<String, Object> address = Map.of("street_address", "20 avenue de Ségur", "postal_code", "75007", "locality", "Paris");

    Map<String, Object> claims =
        TransmittedIdentity.v1(REGISTERED, Birthdate.parse("1962-08-24"), Map.of("phone_number", "+33 6 12 34 56 78", "address", address));
    Map<String, Object> refused =
        TransmittedIdentity.v1(REGISTERED, Birthdate.parse("1962-08-24"),
            Map.of("phone_number", "<script>", "address", Map.of("street_address", "x", "secret", "y")));

    assertEquals("+33 6 12 34 56 78", claims.get("phone_number"));
    assertEquals(address, claims.get("address"));
    assertFalse(refused.containsKey("phone_number"));
    assertFalse(refused.containsKey("address"), "a member OIDC does not define");
  }
}
