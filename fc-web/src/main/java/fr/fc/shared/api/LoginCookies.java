package fr.fc.shared.api;

import fr.fc.shared.config.Configuration;
import fr.fc.shared.config.Setting;
import fr.fc.shared.config.Settings;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;

/** The cookies of a login, each living as long as the state it names ({@link Setting}). */
@ApplicationScoped
public class LoginCookies {

  @EJB private Configuration configuration;

  /** The browser's interaction secret (see {@link InteractionCookie}). */
  public NewCookie interaction(String browserSecret) {
    return cookie(InteractionCookie.NAME, browserSecret, Setting.INTERACTION_LIFETIME);
  }

  /** The browser's fc session (see {@link SessionCookie}), its lifetime sliding with each use. */
  public NewCookie session(String sessionId) {
    return cookie(SessionCookie.NAME, sessionId, Setting.SSO_SESSION_LIFETIME);
  }

  /** Tells the browser to forget its session, which fc has ended. */
  public NewCookie expiredSession() {
    return ApiCookie.of(SessionCookie.NAME, "", 0, settings().issuer().isHttps());
  }

  private NewCookie cookie(String name, String value, Setting lifetime) {
    Settings settings = settings();
    return ApiCookie.of(name, value, (int) settings.duration(lifetime).toSeconds(), settings.issuer().isHttps());
  }

  private Settings settings() {
    return configuration.settings();
  }
}
