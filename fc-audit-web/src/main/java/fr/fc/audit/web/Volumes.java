package fr.fc.audit.web;

import fr.fc.audit.AuditReports;
import fr.fc.audit.AuditReports.DailyVolume;
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
import java.util.List;
import java.util.Map;

/** The volumes page (volumes.xhtml): per day and per SP or IdP, how many steps and how many failed. */
@Named
@RequestScoped
public class Volumes {

  @EJB private AuditReports reports;
  @Inject private FacesContext faces;

  private VolumesCriteria criteria;
  private List<DailyVolume> volumes = List.of();
  private String chartData = "{}";
  private boolean unavailable;

  @PostConstruct
  void readCriteria() {
    criteria = VolumesCriteria.read(faces.getExternalContext().getRequestParameterMap()::get, LocalDate.now(ZoneOffset.UTC));
  }

  /** Reads the volumes when the period is right (the view's f:viewAction). */
  public void load() {
    if (!criteria.valid()) {
      faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    try {
      volumes = reports.daily(criteria.first(), criteria.last(), criteria.byIdp());
    } catch (AuditUnavailableException e) {
      unavailable = true;
      faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return;
    }
    chartData =
        VolumeChart.json(
            VolumeSeries.of(volumes, criteria.first(), criteria.last()),
            Map.of("steps", ViewText.get(faces, "volumes.chart.steps"), "rates", ViewText.get(faces, "volumes.chart.rates")));
  }

  public VolumesCriteria criteria() {
    return criteria;
  }

  /** Every day and partner with steps, by day then partner: the table. */
  public List<DailyVolume> volumes() {
    return volumes;
  }

  /** The charts' data, JSON safe to write unescaped inside a script element. */
  public String chartData() {
    return chartData;
  }

  public int chartPartners() {
    return VolumeSeries.MAX_PARTNERS;
  }

  public boolean unavailable() {
    return unavailable;
  }
}
