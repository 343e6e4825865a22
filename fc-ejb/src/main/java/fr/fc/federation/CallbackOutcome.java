package fr.fc.federation;

/** Where the citizen goes after the IdP's callback. */
public sealed interface CallbackOutcome {

  /** The identity is verified: on to the information or consent page. */
  record Verified(String interactionUid) implements CallbackOutcome {}

  /** The IdP failed or the citizen gave up there: back to the choice page, with a notice. */
  record BackToChoice(String interactionUid, String idpTitle) implements CallbackOutcome {}
}
