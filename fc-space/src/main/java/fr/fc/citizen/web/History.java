package fr.fc.citizen.web;

import fr.fc.citizen.CitizenSpace;
import fr.fc.citizen.Connection;
import fr.fc.citizen.DataTransfer;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/** The history page (index.xhtml): the connections made in the citizen's name, newest first. */
@Named
@RequestScoped
public class History {

  private static final Logger LOG = Logger.getLogger(History.class.getName());

  @EJB private CitizenSpace space;
  @Inject private Space session;
  @Inject private SpaceFormats formats;
  @Inject private FacesContext faces;

  private List<Connection> connections;
  private Map<String, String> rowKeys = Map.of();
  private boolean unavailable;

  /** Reads the history (the view's f:viewAction). */
  public void load() {
    try {
      connections = space.history(session.pseudonym());
      rowKeys = FieldIds.of("", connections.stream().map(connection -> String.valueOf(connection.code())).toList());
    } catch (EJBException e) {
      LOG.info(() -> "The citizen's history cannot be read now: " + e.getClass().getSimpleName());
      connections = List.of();
      unavailable = true;
      faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
  }

  public List<Connection> connections() {
    return connections == null ? List.of() : connections;
  }

  public boolean unavailable() {
    return unavailable;
  }

  /** "Bonjour Marie", or "Bonjour" when fc gave no given name. */
  public String greeting() {
    String givenName = session.givenName();
    return givenName.isEmpty() ? ViewText.get(faces, "history.hello.anonymous") : ViewText.format(faces, "history.hello", givenName);
  }

  /** The row's id: {@code connection-<code>}. */
  public String rowId(Connection connection) {
    return "connection-" + rowKey(connection);
  }

  /** The id of the row's report link: {@code report-<code>}. */
  public String reportId(Connection connection) {
    return "report-" + rowKey(connection);
  }

  private String rowKey(Connection connection) {
    String code = String.valueOf(connection.code());
    return rowKeys.getOrDefault(code, FieldIds.sanitised(code));
  }

  /** "Données de <data provider> à <time>" (or "le <date and time>" on another day). */
  public String transfer(Connection connection, DataTransfer transfer) {
    String key = formats.sameDay(connection.at(), transfer.at()) ? "history.transfer.time" : "history.transfer.date";
    return ViewText.format(
        faces, key, transfer.dataProviderName(), formats.transferTime(connection.at(), transfer.at(), ViewText.locale(faces)));
  }

  /** The report page of a connection. */
  public String reportLink(Connection connection) {
    return faces.getExternalContext().getRequestContextPath() + "/signalement.xhtml?code=" + FcUrls.encode(String.valueOf(connection.code()));
  }
}
