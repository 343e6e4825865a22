package fr.fc.sandbox.sp;

import java.io.Serializable;

/**
 * What the SP remembers between sending the citizen to fc and their return: the state that ties the
 * callback to this browser, the nonce that ties the ID token to this request, the PKCE verifier.
 */
record LoginAttempt(String state, String nonce, String codeVerifier) implements Serializable {

  /** A new attempt with fresh random values. */
  static LoginAttempt start() {
    return new LoginAttempt(RandomValue.create(), RandomValue.create(), Pkce.newVerifier());
  }

  /** Whether the state fc sent back is this attempt's. */
  boolean isAnsweredBy(String receivedState) {
    return RandomValue.same(state, receivedState);
  }
}
