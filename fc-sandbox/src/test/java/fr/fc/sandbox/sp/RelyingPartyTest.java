package fr.fc.sandbox.sp;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RelyingPartyTest {

  @Test
  void userinfoAboutTheIdTokensSubjectIsAccepted() {
    assertDoesNotThrow(() -> RelyingParty.requireSameSubject("s1", Map.of("sub", "s1")));
  }

  @Test
  void userinfoAboutAnotherSubjectIsRefused() {
    SpException failure =
        assertThrows(
            SpException.class, () -> RelyingParty.requireSameSubject("s1", Map.of("sub", "s2")));

    assertEquals(SpFailure.USERINFO, failure.failure());
    assertThrows(SpException.class, () -> RelyingParty.requireSameSubject("s1", Map.of()));
  }
}
