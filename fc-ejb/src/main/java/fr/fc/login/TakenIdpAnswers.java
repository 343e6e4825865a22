package fr.fc.login;

import fr.fc.session.FlowStore;
import fr.fc.shared.config.Setting;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The IdP answers fc has taken, by their login's state: each is taken once in the whole cluster,
 * so that an answer delivered twice, even at the same instant on two nodes, sends its code to the
 * IdP once and cannot overwrite what the first delivery verified. Kept for an interaction's
 * lifetime, after which the state itself is gone.
 */
@ApplicationScoped
public class TakenIdpAnswers extends FlowStore<String> {

  public TakenIdpAnswers() {
    super("fc-taken-idp-answers", String.class, Setting.INTERACTION_LIFETIME);
  }

  /** @return true the first time the answer to this state is taken, false ever after */
  public boolean take(String state, String interactionUid) {
    return cache().putIfAbsent(state, interactionUid);
  }
}
