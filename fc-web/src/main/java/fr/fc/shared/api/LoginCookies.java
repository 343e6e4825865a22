package fr.fc.shared.api;

import fr.fc.shared.config.Configuration;
import fr.fc.shared.config.Issuer;
import fr.fc.shared.config.Platform;
import fr.fc.shared.config.Setting;
import fr.fc.shared.config.Settings;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;

/** The cookies of a login, each living as long as the state it names ({@link Setting}). */
@ApplicationScoped
public class LoginCookies {

  @EJB private Configuration configuration;
  @Inject private ServedPlatform served;

  /** The browser's interaction secret (see {@link InteractionCookie}). */
  public NewCookie interaction(String browserSecret) {
    return cookie(InteractionCookie.NAME, browserSecret, Setting.INTERACTION_LIFETIME);
  }

  /**
   * The browser's fc session (see {@link SessionCookie}), its lifetime sliding with each use; on
   * FranceConnect+, a cookie of the browser's session only (contract 1.10), the session itself
   * reusable for 10 minutes.
   */
  public NewCookie session(String sessionId) {
    if (served.platform() == Platform.PLUS) {
      return ApiCookie.of(SessionCookie.NAME, sessionId, ApiCookie.BROWSER_SESSION, path(), secure());
    }
    return cookie(SessionCookie.NAME, sessionId, Setting.SSO_SESSION_LIFETIME);
  }

  /** Tells the browser to forget its session, which fc has ended. */
  public NewCookie expiredSession() {
    return ApiCookie.of(SessionCookie.NAME, "", 0, path(), secure());
  }

  private NewCookie cookie(String name, String value, Setting lifetime) {
    return ApiCookie.of(name, value, (int) settings().duration(lifetime).toSeconds(), path(), secure());
  }

  // Each platform's cookies go only to its paths: a FranceConnect+ login never meets a standard session.
  private String path() {
    return served.platform() == Platform.PLUS ? Issuer.PLUS_PREFIX + ApiCookie.PATH : ApiCookie.PATH;
  }

  private boolean secure() {
    return settings().issuer().isHttps();
  }

  private Settings settings() {
    return configuration.settings();
  }
}
