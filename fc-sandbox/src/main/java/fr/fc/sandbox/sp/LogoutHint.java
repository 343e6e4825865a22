package fr.fc.sandbox.sp;

import java.io.Serializable;

/**
 * What the SP keeps of a login to log the citizen out of fc later: the ID token fc issued, sent
 * back as id_token_hint, and the SP's registration it was issued to, whose version of fc's API has
 * the logout endpoint that must end the session.
 */
record LogoutHint(SpVariant variant, String idToken) implements Serializable {

  /** The version of fc's API that issued the ID token. */
  FcApi api() {
    return variant.api();
  }

  /** No token in logs. */
  @Override
  public String toString() {
    return "LogoutHint[" + variant + "]";
  }
}
