package fr.fc.federation;

import java.net.URI;

/** Where the citizen goes after the IdP's callback. */
public sealed interface CallbackOutcome {

  /** The browser's new fc session, or null when the callback gave no identity. */
  String sessionId();

  /**
   * The identity is verified: on to the information or consent page.
   *
   * @param sessionId the browser's new fc session
   */
  record Verified(String interactionUid, String sessionId) implements CallbackOutcome {}

  /**
   * The identity is verified and the SP's whitelisted prompt (prompt=login) skips the information
   * page: straight back to the SP, the code issued.
   *
   * @param redirect the SP's redirect URI with code, state and iss
   * @param sessionId the browser's new fc session
   */
  record StraightToServiceProvider(URI redirect, String sessionId) implements CallbackOutcome {}

  /** The IdP failed or the citizen gave up there: back to the choice page, with a notice. */
  record BackToChoice(String interactionUid, String idpTitle) implements CallbackOutcome {

    @Override
    public String sessionId() {
      return null;
    }
  }
}
