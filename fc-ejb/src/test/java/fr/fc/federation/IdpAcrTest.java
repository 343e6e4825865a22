package fr.fc.federation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdpAcrTest {

  @Test
  void acceptsAnAllowedAcrAtOrAboveTheSps() {
    assertDoesNotThrow(() -> IdpAcr.check("eidas1", List.of("eidas1"), "eidas1"));
    assertDoesNotThrow(() -> IdpAcr.check("eidas2", List.of("eidas1", "eidas2"), "eidas1"));
  }

  @Test
  void refusesAMissingOrUnallowedAcr() {
    assertEquals(FcError.IDP_ACR_NOT_ALLOWED, refused(null, List.of("eidas1"), "eidas1"));
    assertEquals(FcError.IDP_ACR_NOT_ALLOWED, refused("eidas2", List.of("eidas1"), "eidas1"));
    assertEquals(FcError.IDP_ACR_NOT_ALLOWED, refused("loa-high", List.of("loa-high"), "eidas1"));
  }

  @Test
  void refusesAnAcrBelowTheSps() {
    assertEquals(FcError.IDP_ACR_TOO_LOW, refused("eidas1", List.of("eidas1", "eidas2"), "eidas2"));
  }

  private static FcError refused(String answered, List<String> allowed, String requested) {
    return assertThrows(FcException.class, () -> IdpAcr.check(answered, allowed, requested)).error();
  }
}
