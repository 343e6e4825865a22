package fr.fc.session;

import fr.fc.shared.config.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The logins that ended with a code lately, by interaction id, for as long as a code lives. */
@ApplicationScoped
public class CompletedLogins extends FlowStore<CompletedLogin> {

  public CompletedLogins() {
    super("fc-completed-logins", CompletedLogin.class, Setting.CODE_LIFETIME);
  }

  /**
   * Records the login as completed unless another request of the same interaction did first, in
   * one step on the whole grid.
   *
   * @return the login completed first, if it was another
   */
  public Optional<CompletedLogin> claim(CompletedLogin login) {
    if (cache().putIfAbsent(login.uid(), login)) {
      return Optional.empty();
    }
    return find(login.uid());
  }

  public Optional<CompletedLogin> find(String uid) {
    return uid == null ? Optional.empty() : Optional.ofNullable(cache().get(uid));
  }
}
