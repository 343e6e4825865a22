package fr.fc.citizen.web;

import fr.fc.citizen.CitizenSpace;
import fr.fc.citizen.Connection;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The report page (signalement.xhtml?code=): one of the citizen's connections, the button that
 * reports it as not theirs, then what to do next. The code comes from the request (bounded to
 * {@link CodeParameter}); whose connection it is, always from the session.
 */
@Named
@RequestScoped
public class Report {

  private static final Logger LOG = Logger.getLogger(Report.class.getName());

  @EJB private CitizenSpace space;
  @Inject private Space session;
  @Inject private FacesContext faces;

  private String code;
  private Optional<Connection> connection;
  private boolean sent;
  private boolean unavailable;

  @PostConstruct
  void readCode() {
    code = CodeParameter.parse(faces.getExternalContext().getRequestParameterMap().get("code")).orElse(null);
  }

  /** Tells a connection not found by the answer's status (the view's f:viewAction, on GET). */
  public void load() {
    if (connection() == null && !unavailable) {
      faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  /** The connection, or null when the code is not one of the citizen's (read lazily: the form's return needs it too). */
  public Connection connection() {
    if (connection == null) {
      connection = Optional.empty();
      if (code != null) {
        try {
          connection = space.connection(session.pseudonym(), code);
        } catch (EJBException e) {
          unavailable("read", e);
        }
      }
    }
    return connection.orElse(null);
  }

  /** The form's button: reports the connection, then the page tells what to do next. */
  public String submit() {
    if (code == null || connection() == null) {
      return null;
    }
    try {
      Optional<Connection> reported = space.reportMisuse(session.pseudonym(), code);
      if (reported.isPresent()) {
        connection = reported;
        sent = true;
      } else {
        connection = Optional.empty();
        faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
      }
    } catch (EJBException e) {
      unavailable("reported", e);
    }
    return null;
  }

  public String code() {
    return code == null ? "" : code;
  }

  public boolean found() {
    return connection() != null;
  }

  /** Whether the report was sent by this request. */
  public boolean sent() {
    return sent;
  }

  /** Whether the connection was reported before: the page tells what to do, with no button. */
  public boolean reportedBefore() {
    Connection shown = connection();
    return shown != null && shown.reported() && !sent;
  }

  /** The words of {@code key} with the connection's identity provider in place of its %s. */
  public String withIdp(String key) {
    Connection shown = connection();
    return ViewText.format(faces, key, shown == null ? "" : shown.idpTitle());
  }

  public boolean unavailable() {
    return unavailable;
  }

  private void unavailable(String what, EJBException e) {
    LOG.info(() -> "The citizen's connection cannot be " + what + " now: " + e.getClass().getSimpleName());
    unavailable = true;
    faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
  }
}
