package fr.fc.session;

import fr.fc.shared.config.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Logouts waiting for the IdP to send the browser back (contract section 1.12): under the state fc
 * gave the IdP, where the SP waits, or "" for fc's own "logged out" page.
 */
@ApplicationScoped
public class PendingLogouts extends FlowStore<String> {


  public PendingLogouts() {
    super("fc-pending-logouts", String.class, Setting.PENDING_LOGOUT_LIFETIME);
  }

  /** @return the state to give the IdP */
  public String await(String backToServiceProvider) {
    String state = OpaqueIds.next();
    cache().put(state, backToServiceProvider == null ? "" : backToServiceProvider);
    return state;
  }

  /** Where the browser goes once the IdP has logged the citizen out; empty for fc's page. */
  public Optional<String> resume(String state) {
    String back = state == null ? null : cache().getAndRemove(state);
    return back == null || back.isEmpty() ? Optional.empty() : Optional.of(back);
  }
}
