package fr.fc.audit.web;

import fr.fc.audit.AuditChain.StoredRow;
import fr.fc.audit.AuditCsv;
import fr.fc.audit.AuditQuery;
import fr.fc.audit.AuditReports;
import fr.fc.audit.AuditUnavailableException;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The search page's results as a CSV file, up to {@link AuditQuery#MAX_LIMIT} rows, most recent
 * first: the same parameters as index.xhtml.
 */
@WebServlet("/export.csv")
@ServletSecurity(@HttpConstraint(rolesAllowed = AuditorIdentityStore.ROLE))
public class AuditExport extends HttpServlet {

  @EJB private AuditReports reports;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    SearchCriteria criteria = SearchCriteria.read(request::getParameter, LocalDate.now(ZoneOffset.UTC));
    if (!criteria.valid()) {
      refuse(response, HttpServletResponse.SC_BAD_REQUEST, "Wrong search parameters: " + String.join(", ", criteria.input().errors().keySet()));
      return;
    }
    List<StoredRow> rows;
    try {
      rows = reports.search(criteria.query(AuditQuery.MAX_LIMIT));
    } catch (AuditUnavailableException e) {
      refuse(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The audit trail cannot be read now: try again in a few minutes.");
      return;
    }
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"audit-events.csv\"");
    AuditCsv.write(rows, response.getWriter());
  }

  private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("text/plain; charset=UTF-8");
    response.getWriter().println(message);
  }
}
