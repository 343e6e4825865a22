package fr.fc.audit.web;

import fr.fc.audit.AuditChain.StoredRow;
import fr.fc.audit.AuditReports;
import fr.fc.audit.AuditUnavailableException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;

/** A login's timeline (flow.xhtml?id=): every event of one flow id, in order. */
@Named
@RequestScoped
public class Flow {

  @EJB private AuditReports reports;
  @Inject private FacesContext faces;

  private FormInput input;
  private String flowId;
  private List<StoredRow> rows = List.of();
  private boolean unavailable;

  @PostConstruct
  void readId() {
    input = new FormInput(faces.getExternalContext().getRequestParameterMap()::get);
    flowId = input.text("id");
  }

  /** Reads the timeline when an id is given and right (the view's f:viewAction). */
  public void load() {
    if (!input.valid()) {
      faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    if (flowId == null) {
      return;
    }
    try {
      rows = reports.flow(flowId);
    } catch (AuditUnavailableException e) {
      unavailable = true;
      faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
  }

  public FormInput input() {
    return input;
  }

  /** Whether the page has an id to show the timeline of. */
  public boolean asked() {
    return flowId != null && input.valid();
  }

  public String flowId() {
    return flowId;
  }

  public List<StoredRow> rows() {
    return rows;
  }

  public boolean unavailable() {
    return unavailable;
  }
}
