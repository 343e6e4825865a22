package fr.fc.sandbox.sp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FcApiTest {

  @Test
  void aLoginGoesThroughV2UnlessItAsksForV1() {
    assertEquals(FcApi.V2, FcApi.named(null));
    assertEquals(FcApi.V2, FcApi.named(""));
    assertEquals(FcApi.V2, FcApi.named("v2"));
    assertEquals(FcApi.V1, FcApi.named("v1"));
  }

  @Test
  void anotherVersionIsRefused() {
    SpException failure = assertThrows(SpException.class, () -> FcApi.named("v3"));

    assertEquals(SpFailure.API_VERSION, failure.failure());
    assertEquals(400, failure.failure().status());
  }

  @Test
  void onlyAV2AttemptHasAPkceVerifier() {
    LoginAttempt v1 = LoginAttempt.start(LoginPurpose.IDENTITY, SpVariant.LEGACY);
    LoginAttempt v2 = LoginAttempt.start(LoginPurpose.IDENTITY, SpVariant.DEMO);

    assertNull(v1.codeVerifier());
    assertNotNull(v2.codeVerifier());
    assertEquals(FcApi.V1, v1.api());
    assertEquals(FcApi.V2, LoginAttempt.start().api());
  }

  @Test
  void theLogoutHintShowsNoToken() {
    assertEquals("LogoutHint[LEGACY]", new LogoutHint(SpVariant.LEGACY, "secret.id.token").toString());
  }
}
