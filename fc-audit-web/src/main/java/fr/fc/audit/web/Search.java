package fr.fc.audit.web;

import fr.fc.audit.AuditChain.StoredRow;
import fr.fc.audit.AuditEvent;
import fr.fc.audit.AuditQuery;
import fr.fc.audit.AuditReports;
import fr.fc.audit.AuditUnavailableException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/** The search page (index.xhtml): the form's criteria, and the most recent rows they select. */
@Named
@RequestScoped
public class Search {

  static final int PAGE_LIMIT = 500;

  @EJB private AuditReports reports;
  @Inject private FacesContext faces;

  private SearchCriteria criteria;
  private List<StoredRow> rows = List.of();
  private boolean limitReached;
  private boolean unavailable;

  @PostConstruct
  void readCriteria() {
    criteria = SearchCriteria.read(faces.getExternalContext().getRequestParameterMap()::get, LocalDate.now(ZoneOffset.UTC));
  }

  /** Runs the search when the criteria are right (the view's f:viewAction: on GET, not on the logout's POST). */
  public void load() {
    if (!criteria.valid()) {
      faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    try {
      // One more than shown tells whether there are more.
      List<StoredRow> found = reports.search(criteria.query(PAGE_LIMIT + 1));
      limitReached = found.size() > PAGE_LIMIT;
      rows = limitReached ? found.subList(0, PAGE_LIMIT) : found;
    } catch (AuditUnavailableException e) {
      unavailable = true;
      faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
  }

  public SearchCriteria criteria() {
    return criteria;
  }

  public List<StoredRow> rows() {
    return rows;
  }

  /** Whether more rows than shown match. */
  public boolean limitReached() {
    return limitReached;
  }

  /** What the search found, in a sentence: none, how many, or more than the page shows. */
  public String summary() {
    if (limitReached) {
      return ViewText.format(faces, "search.limit", PAGE_LIMIT, AuditQuery.MAX_LIMIT);
    }
    return switch (rows.size()) {
      case 0 -> ViewText.get(faces, "search.none");
      case 1 -> ViewText.get(faces, "search.count.one");
      default -> ViewText.format(faces, "search.count.many", rows.size());
    };
  }

  public boolean unavailable() {
    return unavailable;
  }

  /** Every event of the catalogue, for the form's list. */
  public List<String> events() {
    return Arrays.stream(AuditEvent.values()).map(AuditEvent::name).toList();
  }

  public List<String> outcomes() {
    return Arrays.stream(AuditEvent.Outcome.values()).map(AuditEvent.Outcome::name).toList();
  }
}
