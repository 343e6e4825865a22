package fr.fc.sandbox.dp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BearerTokenTest {

  @Test
  void readsTheTokenOfABearerHeader() {
    assertEquals("abc-DEF_123.~+/=", BearerToken.of("Bearer abc-DEF_123.~+/="));
    assertEquals("abc", BearerToken.of("bearer abc"));
  }

  @Test
  void refusesAMissingOrOtherAuthorization() {
    for (String header : new String[] {null, "", "Bearer", "Bearer ", "Basic YTpi", "abc"}) {
      DpException refusal = assertThrows(DpException.class, () -> BearerToken.of(header));
      assertEquals(DpError.INVALID_REQUEST, refusal.error(), String.valueOf(header));
    }
  }
}
