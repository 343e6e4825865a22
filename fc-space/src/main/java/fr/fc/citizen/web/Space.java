package fr.fc.citizen.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/** The frame's view of the session: who is logged in, and the logout form's token. */
@Named
@RequestScoped
public class Space {

  @Inject private ExternalContext external;

  private Optional<SpaceCitizen> citizen;

  /** The citizen logged in; the guard lets no page but the welcome and failure pages be shown without one. */
  public Optional<SpaceCitizen> citizen() {
    if (citizen == null) {
      citizen = SpaceSession.citizen((HttpSession) external.getSession(false));
    }
    return citizen;
  }

  public boolean loggedIn() {
    return citizen().isPresent();
  }

  public String givenName() {
    return citizen().map(SpaceCitizen::givenName).orElse("");
  }

  /**
   * The citizen's pseudonym, the key of every call to CitizenSpace: from the session, never a
   * request. (Public, as every method other beans call through this bean's proxy.)
   */
  public String pseudonym() {
    return citizen().map(SpaceCitizen::pseudonym).orElseThrow(() -> new IllegalStateException("No citizen in the session"));
  }

  public String email() {
    return citizen().map(SpaceCitizen::email).orElse(null);
  }

  public String logoutToken() {
    HttpSession session = ((HttpServletRequest) external.getRequest()).getSession(false);
    Object token = session == null ? null : session.getAttribute(SpaceSession.LOGOUT_TOKEN);
    return token instanceof String value ? value : "";
  }

  public String logoutField() {
    return Logout.TOKEN_FIELD;
  }
}
