package fr.fc.sandbox.sp;

import java.io.Serializable;

/**
 * What the SP remembers between sending the citizen to fc and their return: the state that ties the
 * callback to this browser, the nonce that ties the ID token to this request, the PKCE verifier
 * (none on v1), why the citizen logs in, and the SP's registration the login goes through (with
 * its version of fc's API), which decides the client, the endpoints and the checks of the callback.
 */
record LoginAttempt(
    String state, String nonce, String codeVerifier, LoginPurpose purpose, SpVariant variant, String acr)
    implements Serializable {

  /** An attempt to log in to see one's identity, as the standard SP through fc's API v2. */
  LoginAttempt(String state, String nonce, String codeVerifier) {
    this(state, nonce, codeVerifier, LoginPurpose.IDENTITY, SpVariant.DEMO, FcApi.V2.level(null));
  }

  /** A new attempt as this registration, at its lowest level, with fresh random values. */
  static LoginAttempt start(LoginPurpose purpose, SpVariant variant) {
    return start(purpose, variant, null);
  }

  /** The same at the level {@code acr} names, if its version has it (FranceConnect+: eidas2, eidas3). */
  static LoginAttempt start(LoginPurpose purpose, SpVariant variant, String acr) {
    FcApi api = variant.api();
    String codeVerifier = api.usesPkce() ? Pkce.newVerifier() : null;
    return new LoginAttempt(RandomValue.create(), RandomValue.create(), codeVerifier, purpose, variant, api.level(acr));
  }

  /** A new attempt as the standard SP, through fc's API v2. */
  static LoginAttempt start(LoginPurpose purpose) {
    return start(purpose, SpVariant.DEMO);
  }

  /** A new attempt to log in to see one's identity, through fc's API v2. */
  static LoginAttempt start() {
    return start(LoginPurpose.IDENTITY);
  }

  /** The version of fc's API the attempt goes through. */
  FcApi api() {
    return variant.api();
  }

  /** Whether the state fc sent back is this attempt's. */
  boolean isAnsweredBy(String receivedState) {
    return RandomValue.same(state, receivedState);
  }
}
