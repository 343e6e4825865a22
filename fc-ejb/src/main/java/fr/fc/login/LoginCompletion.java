package fr.fc.login;

import fr.fc.session.CompletedLogin;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import java.net.URI;
import java.util.Optional;
import java.util.function.Function;

/**
 * One code per login, however many times its form is sent (contract section 1.13: a double click
 * is guarded against). A browser follows the answer to the last request it sent, so a second
 * submission must get the same redirect to the SP as the first, not an error page.
 */
public final class LoginCompletion {

  private final Function<CompletedLogin, Optional<CompletedLogin>> claim;
  private final Function<String, Optional<CompletedLogin>> completed;

  /**
   * @param claim records a login as completed unless one of the same interaction was, in one
   *     atomic step; returns the one completed first, if it was another
   * @param completed the login completed lately under an interaction id
   */
  public LoginCompletion(
      Function<CompletedLogin, Optional<CompletedLogin>> claim,
      Function<String, Optional<CompletedLogin>> completed) {
    this.claim = claim;
    this.completed = completed;
  }

  /**
   * @param issueCode issues the code of the login's redirect and ends its interaction; run only by
   *     the first submission
   * @return where the SP waits: the first submission's redirect
   */
  public URI complete(CompletedLogin login, Runnable issueCode) {
    Optional<CompletedLogin> first = claim.apply(login);
    if (first.isPresent()) {
      return first.get().redirect();
    }
    issueCode.run();
    return login.redirect();
  }

  /**
   * The answer to a form whose interaction has ended: the same redirect when the login ended with
   * a code lately and the form is its own.
   *
   * @throws FcException Y190001 otherwise, as for any interaction fc no longer knows
   */
  public URI repeated(String uid, String csrfToken) {
    return completed
        .apply(uid)
        .filter(login -> login.sentWith(csrfToken))
        .map(CompletedLogin::redirect)
        .orElseThrow(() -> new FcException(FcError.INTERACTION_UNKNOWN));
  }
}
