package fr.fc.citizen.web;

import fr.fc.citizen.CitizenSpace;
import fr.fc.citizen.Connection;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * GET /espace/export.csv and /espace/export.json: the citizen's history as a file to keep. Without
 * a login, 401 and on to the welcome page.
 */
@WebServlet({"/export.csv", "/export.json"})
public class Export extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(Export.class.getName());
  /** Lets spreadsheets read the file as UTF-8 (accents in names). */
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  @EJB private CitizenSpace space;
  @Inject private SpaceFormats formats;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<SpaceCitizen> citizen = SpaceSession.citizen(request);
    if (citizen.isEmpty()) {
      response.setHeader("Refresh", "0; url=" + request.getContextPath() + CitizenGuard.WELCOME);
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    boolean json = request.getServletPath().endsWith(".json");
    List<Connection> connections;
    try {
      connections = space.export(citizen.get().pseudonym(), json ? "json" : "csv");
    } catch (EJBException e) {
      LOG.info(() -> "The citizen's history cannot be exported now: " + e.getClass().getSimpleName());
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return;
    }
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Content-Disposition", "attachment; filename=\"mes-connexions." + (json ? "json" : "csv") + "\"");
    PrintWriter out;
    if (json) {
      response.setContentType("application/json");
      out = response.getWriter();
      out.write(ConnectionExport.json(connections));
    } else {
      response.setContentType("text/csv; charset=UTF-8");
      ResourceBundle words = ResourceBundle.getBundle(ViewText.BUNDLE, SpaceLanguage.of(request.getLocales()));
      out = response.getWriter();
      out.write(BYTE_ORDER_MARK);
      Csv.write(ConnectionExport.csvRows(connections, words, formats), out);
    }
    out.flush();
  }
}
