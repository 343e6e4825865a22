package fr.fc.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a@b.fr",
        "jean.dupont@example.gouv.fr",
        "jean-dupont+fc@example.fr",
        "o'neil@example.ie",
        "élodie@exemple.fr",
        "contact@xn--exemple-9ua.fr"
      })
  void acceptsUsualAddresses(String address) {
    assertTrue(EmailAddress.isValid(address));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "jean.dupont",
        "@example.fr",
        "jean@",
        "jean@example",
        "jean@@example.fr",
        "jean@ex@ample.fr",
        "jean dupont@example.fr",
        "jean@exa mple.fr",
        "jean@example.fr ",
        "jean\u00a0dupont@example.fr",
        "jean\n@example.fr",
        "jean@example..fr",
        "jean@.example.fr",
        "jean@example.fr."
      })
  void refusesWhatIsNotAnAddress(String address) {
    assertFalse(EmailAddress.isValid(address));
  }

  @Test
  void refusesAnAddressLongerThan254Characters() {
    String domain = "@example.fr";

    assertTrue(EmailAddress.isValid("a".repeat(254 - domain.length()) + domain));
    assertFalse(EmailAddress.isValid("a".repeat(255 - domain.length()) + domain));
  }
}
