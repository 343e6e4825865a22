package fr.fc.federation;

import java.net.URI;

/** Where the citizen goes after the IdP's callback. */
public sealed interface CallbackOutcome {

  /** The identity is verified: on to the information or consent page. */
  record Verified(String interactionUid) implements CallbackOutcome {}

  /**
   * The identity is verified and the SP's whitelisted prompt (prompt=login) skips the information
   * page: straight back to the SP, the code issued.
   *
   * @param redirect the SP's redirect URI with code, state and iss
   */
  record StraightToServiceProvider(URI redirect) implements CallbackOutcome {}

  /** The IdP failed or the citizen gave up there: back to the choice page, with a notice. */
  record BackToChoice(String interactionUid, String idpTitle) implements CallbackOutcome {}
}
