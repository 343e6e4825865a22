package fr.fc.sandbox.sp;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoginCallbackTest {

  static final LoginAttempt ATTEMPT = new LoginAttempt("expected-state", "nonce", "verifier");

  @Test
  void acceptsTheStateOfTheAttemptWithACode() {
    assertDoesNotThrow(() -> LoginCallback.check(ATTEMPT, "code", "expected-state", null, null));
  }

  @Test
  void rejectsAnotherState() {
    assertFails(SpFailure.LOGIN_STATE, ATTEMPT, "code", "forged-state", null, null);
  }

  @Test
  void rejectsAMissingState() {
    assertFails(SpFailure.LOGIN_STATE, ATTEMPT, "code", null, null, null);
    assertFails(SpFailure.LOGIN_STATE, ATTEMPT, "code", "", null, null);
  }

  @Test
  void rejectsACallbackWithoutLoginUnderWay() {
    assertFails(SpFailure.LOGIN_STATE, null, "code", "expected-state", null, null);
  }

  @Test
  void rejectsACallbackWithoutCode() {
    assertFails(SpFailure.FC_ERROR, ATTEMPT, null, "expected-state", null, null);
  }

  @Test
  void showsFcsErrorWithItsDescription() {
    SpException failure =
        assertFails(
            SpFailure.FC_ERROR,
            ATTEMPT,
            null,
            "expected-state",
            "access_denied",
            "user authentication aborted");

    assertEquals("access_denied: user authentication aborted", failure.detail());
  }

  @Test
  void aRefusalIsAccessDeniedWithTheStateOfThisBrowsersAttempt() {
    assertTrue(LoginCallback.isRefusal(ATTEMPT, "expected-state", "access_denied"));
    assertFalse(LoginCallback.isRefusal(ATTEMPT, "forged-state", "access_denied"));
    assertFalse(LoginCallback.isRefusal(ATTEMPT, null, "access_denied"));
    assertFalse(LoginCallback.isRefusal(null, "expected-state", "access_denied"));
    assertFalse(LoginCallback.isRefusal(ATTEMPT, "expected-state", "server_error"));
    assertFalse(LoginCallback.isRefusal(ATTEMPT, "expected-state", null));
  }

  private static SpException assertFails(
      SpFailure expected,
      LoginAttempt attempt,
      String code,
      String state,
      String error,
      String description) {
    SpException failure =
        assertThrows(
            SpException.class, () -> LoginCallback.check(attempt, code, state, error, description));
    assertEquals(expected, failure.failure());
    return failure;
  }
}
