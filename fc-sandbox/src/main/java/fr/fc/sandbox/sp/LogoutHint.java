package fr.fc.sandbox.sp;

import java.io.Serializable;

/**
 * What the SP keeps of a login to log the citizen out of fc later: the ID token fc issued, sent
 * back as id_token_hint, and the version of fc's API that issued it, whose logout endpoint must
 * end the session.
 */
record LogoutHint(FcApi api, String idToken) implements Serializable {

  /** No token in logs. */
  @Override
  public String toString() {
    return "LogoutHint[" + api + "]";
  }
}
