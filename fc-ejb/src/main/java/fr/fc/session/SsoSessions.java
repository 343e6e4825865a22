package fr.fc.session;

import fr.fc.shared.config.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The citizens' fc sessions, in the data grid for 30 minutes after their last use (contract 1.10). */
@ApplicationScoped
public class SsoSessions extends FlowStore<SsoSession> {

  public SsoSessions() {
    super("fc-sso-sessions", SsoSession.class, Setting.SSO_SESSION_LIFETIME, FlowCache.Expiry.AFTER_LAST_WRITE);
  }

  public void save(SsoSession session) {
    cache().put(session.id(), session);
  }

  /**
   * The session, its 30 minutes starting again: the session slides with each use. A session ended
   * meanwhile (a logout on another node) stays ended: it is rewritten only where it still is.
   */
  public Optional<SsoSession> use(String id) {
    Optional<SsoSession> session = id == null ? Optional.empty() : Optional.ofNullable(cache().get(id));
    return session.filter(found -> cache().replace(id, found));
  }

  /** The session, if it lasts, without sliding it. */
  public Optional<SsoSession> find(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(cache().get(id));
  }

  /** Ends the session, which the browser may still name: nothing will answer to it. */
  public Optional<SsoSession> end(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(cache().getAndRemove(id));
  }
}
