package fr.fc.audit.web;

import fr.fc.audit.AuditReports;
import fr.fc.audit.AuditReports.SignedCheckpointRow;
import fr.fc.audit.AuditUnavailableException;
import fr.fc.audit.AuditVerification;
import fr.fc.audit.AuditVerification.Finding;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;

/** The chain's page (chain.xhtml): the whole trail checked against its hash chain, and the last signed checkpoints. */
@Named
@RequestScoped
public class Chain {

  static final int CHECKPOINTS = 20;

  @EJB private AuditReports reports;
  @Inject private FacesContext faces;

  private AuditVerification.Report report;
  private List<SignedCheckpointRow> checkpoints = List.of();
  private boolean unavailable;

  /** Checks the trail (the view's f:viewAction: on GET only, it reads every row). */
  public void load() {
    try {
      report = reports.verify();
      checkpoints = reports.checkpoints(CHECKPOINTS);
    } catch (AuditUnavailableException e) {
      unavailable = true;
      faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
  }

  /** Whether the check ran: false when the trail could not be read, or on a POST. */
  public boolean checked() {
    return report != null;
  }

  public AuditVerification.Report report() {
    return report;
  }

  /** Each finding in words: "Ligne 12 modifiée", "Lignes 13 à 20 supprimées"... */
  public List<String> findings() {
    return report == null ? List.of() : report.findings().stream().map(this::describe).toList();
  }

  private String describe(Finding finding) {
    String key = "chain.finding." + finding.kind().name();
    return finding.firstId() == finding.lastId()
        ? ViewText.format(faces, key + ".one", finding.firstId())
        : ViewText.format(faces, key + ".many", finding.firstId(), finding.lastId());
  }

  public List<SignedCheckpointRow> checkpoints() {
    return checkpoints;
  }

  public boolean unavailable() {
    return unavailable;
  }
}
