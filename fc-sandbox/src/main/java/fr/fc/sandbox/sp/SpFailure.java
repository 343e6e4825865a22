package fr.fc.sandbox.sp;

import java.util.Locale;

/**
 * What can go wrong in the SP's flows, with the HTTP status of the error page and its message key.
 */
enum SpFailure {
  /** The login names a version of fc's API other than v1, v2 and plus. */
  API_VERSION(400),
  /** The login names no registration of the SP, or one of another version than its api names. */
  VARIANT(400),
  /** fc sent the citizen back with an OAuth error (e.g. access_denied when they gave up). */
  FC_ERROR(400),
  /** The callback's state is missing or is not the one of the login attempt of this browser. */
  LOGIN_STATE(400),
  /** The logout callback's state is missing or is not the one this browser sent. */
  LOGOUT_STATE(400),
  /** fc's discovery document could not be fetched or read. */
  DISCOVERY(502),
  /** The token endpoint refused the code or answered something unusable. */
  TOKEN(502),
  /**
   * The ID token failed a check: signature, algorithm, issuer, audience, expiry, nonce, or on v1
   * the idp claim.
   */
  ID_TOKEN(502),
  /** The userinfo endpoint failed or its answer failed a check. */
  USERINFO(502);

  private final int status;

  SpFailure(int status) {
    this.status = status;
  }

  int status() {
    return status;
  }

  /** The key of the sentence that says what failed, in the SP's messages. */
  String messageKey() {
    return "failure." + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
