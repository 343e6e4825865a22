package fr.fc.citizen.web;

/**
 * Why a login to the space did not succeed, as the citizen is told (connexion-impossible.xhtml,
 * SpaceMessages keys {@code failure.<name>.title} and {@code .text}) and with the answer's status.
 */
public enum LoginFailure {
  /** The callback's state is not the one of a login begun in this browser (expired session, other browser). */
  STATE(400),
  /** The citizen went back from fc without logging in (access_denied). */
  CANCELLED(400),
  /** fc sent the citizen back with another error (e.g. an identity provider they blocked). */
  REFUSED(400),
  /** fc could not be reached, or answered a call with an error. */
  UNAVAILABLE(502),
  /** fc's answer failed a check (signature, issuer, audience, nonce, lifetime...): not trusted. */
  INVALID(502);

  private final int status;

  LoginFailure(int status) {
    this.status = status;
  }

  public int status() {
    return status;
  }
}
