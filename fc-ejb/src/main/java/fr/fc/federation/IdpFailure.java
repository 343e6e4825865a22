package fr.fc.federation;

import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;

/**
 * An identity provider's back channel failed (discovery, token call, userinfo call) or answered
 * what fc refuses (an ID token or userinfo that does not pass its checks). On the callback, the
 * citizen goes back to the choice page; elsewhere, it is the error's page.
 */
public class IdpFailure extends FcException {

  private static final long serialVersionUID = 1L;

  IdpFailure(FcError error) {
    super(error);
  }
}
