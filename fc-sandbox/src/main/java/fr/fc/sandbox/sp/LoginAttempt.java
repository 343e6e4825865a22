package fr.fc.sandbox.sp;

import java.io.Serializable;

/**
 * What the SP remembers between sending the citizen to fc and their return: the state that ties the
 * callback to this browser, the nonce that ties the ID token to this request, the PKCE verifier,
 * and why the citizen logs in.
 */
record LoginAttempt(String state, String nonce, String codeVerifier, LoginPurpose purpose)
    implements Serializable {

  /** An attempt to log in to see one's identity. */
  LoginAttempt(String state, String nonce, String codeVerifier) {
    this(state, nonce, codeVerifier, LoginPurpose.IDENTITY);
  }

  /** A new attempt with fresh random values. */
  static LoginAttempt start(LoginPurpose purpose) {
    return new LoginAttempt(
        RandomValue.create(), RandomValue.create(), Pkce.newVerifier(), purpose);
  }

  /** A new attempt to log in to see one's identity. */
  static LoginAttempt start() {
    return start(LoginPurpose.IDENTITY);
  }

  /** Whether the state fc sent back is this attempt's. */
  boolean isAnsweredBy(String receivedState) {
    return RandomValue.same(state, receivedState);
  }
}
