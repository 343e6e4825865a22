package fr.fc.shared.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FcErrorTest {

  @Test
  void eachCodeIsUsedOnceAndHasTheContractsForm() {
    Set<String> codes = Arrays.stream(FcError.values()).map(FcError::code).collect(Collectors.toSet());

    assertEquals(FcError.values().length, codes.size(), "a code names exactly one error");
    for (String code : codes) {
      assertTrue(code.matches("Y[0-9A-F]{6,7}"), code);
    }
  }

  @Test
  void onlyErrorsOfALoginInProgressOfferTheWayBackAndAllOnAPage() {
    assertTrue(FcError.RNIPP_NOT_FOUND.stopsALogin());
    assertTrue(FcError.IDP_IDENTITY_INVALID.stopsALogin());
    assertFalse(FcError.CLIENT_UNKNOWN.stopsALogin(), "no login yet");
    assertFalse(FcError.INTERACTION_UNKNOWN.stopsALogin(), "no login left");
    for (FcError error : FcError.values()) {
      assertTrue(!error.stopsALogin() || error.channel() == FcError.Channel.PAGE, error.name());
    }
  }
}
