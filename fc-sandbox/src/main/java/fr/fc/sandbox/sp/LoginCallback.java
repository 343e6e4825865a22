package fr.fc.sandbox.sp;

/**
 * The rules of fc's answer at the redirect URI (RFC 6749 sections 4.1.2 and 10.12): an error is
 * shown as such; otherwise the state must be the one of this browser's login attempt, and a code
 * must be there.
 */
final class LoginCallback {

  /** The OAuth error fc sends back when the citizen gives up or refuses (RFC 6749 4.1.2.1). */
  static final String ACCESS_DENIED = "access_denied";

  private LoginCallback() {}

  /**
   * Whether the callback says that the citizen of this browser's attempt refused: access_denied,
   * with the attempt's state, so that no one else can make the SP say so.
   */
  static boolean isRefusal(LoginAttempt attempt, String state, String error) {
    return ACCESS_DENIED.equals(error) && attempt != null && attempt.isAnsweredBy(state);
  }

  /**
   * Passes when the callback answers the attempt with a code; fails with what is wrong otherwise.
   */
  static void check(
      LoginAttempt attempt, String code, String state, String error, String description) {
    if (error != null) {
      throw new SpException(
          SpFailure.FC_ERROR, description == null ? error : error + ": " + description);
    }
    if (state == null || state.isEmpty()) {
      throw new SpException(SpFailure.LOGIN_STATE, "the callback has no state");
    }
    if (attempt == null) {
      throw new SpException(SpFailure.LOGIN_STATE, "this browser has no login under way");
    }
    if (!attempt.isAnsweredBy(state)) {
      throw new SpException(SpFailure.LOGIN_STATE, "the state is not the one this browser sent");
    }
    if (code == null || code.isEmpty()) {
      throw new SpException(SpFailure.FC_ERROR, "the callback has neither code nor error");
    }
  }
}
