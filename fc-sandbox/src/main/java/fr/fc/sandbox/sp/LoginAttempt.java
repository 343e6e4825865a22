package fr.fc.sandbox.sp;

import java.io.Serializable;

/**
 * What the SP remembers between sending the citizen to fc and their return: the state that ties the
 * callback to this browser, the nonce that ties the ID token to this request, the PKCE verifier
 * (none on v1), why the citizen logs in, and the version of fc's API the login goes through, which
 * decides the endpoints and checks of the callback.
 */
record LoginAttempt(
    String state, String nonce, String codeVerifier, LoginPurpose purpose, FcApi api, String acr)
    implements Serializable {

  /** An attempt to log in to see one's identity, through fc's API v2. */
  LoginAttempt(String state, String nonce, String codeVerifier) {
    this(state, nonce, codeVerifier, LoginPurpose.IDENTITY, FcApi.V2, FcApi.V2.level(null));
  }

  /** A new attempt through this version of fc's API, at its lowest level, with fresh random values. */
  static LoginAttempt start(LoginPurpose purpose, FcApi api) {
    return start(purpose, api, null);
  }

  /** The same at the level {@code acr} names, if this version has it (FranceConnect+: eidas2, eidas3). */
  static LoginAttempt start(LoginPurpose purpose, FcApi api, String acr) {
    String codeVerifier = api.usesPkce() ? Pkce.newVerifier() : null;
    return new LoginAttempt(RandomValue.create(), RandomValue.create(), codeVerifier, purpose, api, api.level(acr));
  }

  /** A new attempt through fc's API v2. */
  static LoginAttempt start(LoginPurpose purpose) {
    return start(purpose, FcApi.V2);
  }

  /** A new attempt to log in to see one's identity, through fc's API v2. */
  static LoginAttempt start() {
    return start(LoginPurpose.IDENTITY);
  }

  /** Whether the state fc sent back is this attempt's. */
  boolean isAnsweredBy(String receivedState) {
    return RandomValue.same(state, receivedState);
  }
}
