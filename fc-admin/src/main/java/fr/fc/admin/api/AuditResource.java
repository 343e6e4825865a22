package fr.fc.admin.api;

import fr.fc.audit.AuditChain.StoredRow;
import fr.fc.audit.AuditCsv;
import fr.fc.audit.AuditQuery;
import fr.fc.audit.AuditReports;
import fr.fc.audit.AuditRetention;
import fr.fc.audit.AuditVerification;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The audit trail for auditors' tools: searches, a login's timeline, volumes, the chain's check, checkpoints. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  private static final int DEFAULT_LIMIT = 100;
  private static final int JSON_MAX_LIMIT = 1_000;

  @EJB private AuditReports reports;
  @EJB private AuditRetention retention;

  @GET
  @Path("events")
  @OperatorRoles(AdminApplication.AUDITOR)
  @Operation(summary = "Events matching every criterion given, most recent first (at most 1,000).")
  public List<Map<String, Object>> events(@BeanParam AuditSearch search) {
    return reports.search(search.query(DEFAULT_LIMIT, JSON_MAX_LIMIT)).stream().map(AuditResource::json).toList();
  }

  @GET
  @Path("events.csv")
  @Produces("text/csv; charset=UTF-8")
  @OperatorRoles(AdminApplication.AUDITOR)
  @Operation(summary = "The same search as CSV, up to 100,000 rows.")
  public Response csv(@BeanParam AuditSearch search) {
    List<StoredRow> rows = reports.search(search.query(AuditQuery.MAX_LIMIT, AuditQuery.MAX_LIMIT));
    StreamingOutput body =
        out -> {
          Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          AuditCsv.write(rows, writer);
          writer.flush();
        };
    return Response.ok(body).header("Content-Disposition", "attachment; filename=\"audit-events.csv\"").build();
  }

  @GET
  @Path("flows/{flowId}")
  @OperatorRoles(AdminApplication.AUDITOR)
  @Operation(summary = "Every event of one login, in order.")
  public List<Map<String, Object>> flow(@PathParam("flowId") String flowId) {
    return reports.flow(AuditSearch.checked("flowId", flowId)).stream().map(AuditResource::json).toList();
  }

  @GET
  @Path("volumes")
  @OperatorRoles(AdminApplication.AUDITOR)
  @Operation(summary = "Per day and per SP (by=sp) or IdP (by=idp): steps and failed steps.")
  public List<Map<String, Object>> volumes(
      @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("by") String by) {
    LocalDate last = AuditSearch.day("to", to, LocalDate.now());
    LocalDate first = AuditSearch.day("from", from, last.minusDays(29));
    if (by != null && !by.equals("sp") && !by.equals("idp")) {
      throw new AdminRequestException("by must be sp or idp");
    }
    return reports.daily(first, last, "idp".equals(by)).stream()
        .map(day -> Map.<String, Object>of(
            "day", day.day().toString(), "partner", day.partner(), "steps", day.steps(),
            "failed_steps", day.failedSteps(), "failure_rate", day.failureRate()))
        .toList();
  }

  @GET
  @Path("verification")
  @OperatorRoles(AdminApplication.AUDITOR)
  @Operation(summary = "Checks the whole trail against its keyed chain and the last checkpoint.")
  public Map<String, Object> verification() {
    AuditVerification.Report report = reports.verify();
    return Map.of(
        "intact", report.intact(),
        "rows_checked", report.rowsChecked(),
        "last_id", report.lastId(),
        "findings",
        report.findings().stream()
            .map(f -> Map.of("kind", f.kind().name(), "first_id", f.firstId(), "last_id", f.lastId()))
            .toList());
  }

  @GET
  @Path("checkpoints")
  @OperatorRoles(AdminApplication.AUDITOR)
  @Operation(summary = "The checkpoints fc signed, most recent first, each with its JWS to keep outside fc.")
  public List<Map<String, Object>> checkpoints(@QueryParam("limit") Integer limit) {
    int count = limit == null ? 20 : AuditSearch.limit(limit, JSON_MAX_LIMIT);
    return reports.checkpoints(count).stream()
        .map(c -> Map.<String, Object>of(
            "signed_at", c.signedAt().toString(), "first_id", c.firstId(), "last_id", c.lastId(),
            "row_count", c.rowCount(), "jws", c.jws()))
        .toList();
  }

  @POST
  @Path("purge")
  @OperatorRoles(AdminApplication.OPERATOR)
  @Operation(summary = "Deletes the events before a time, with a signed checkpoint at the cut (an audited operation).")
  public Map<String, Object> purge(@QueryParam("before") String before) throws SQLException {
    Instant cutoff = AuditSearch.instant("before", before);
    if (cutoff == null) {
      throw new AdminRequestException("before is required");
    }
    return Map.of("deleted", retention.purgeBefore(cutoff));
  }

  private static Map<String, Object> json(StoredRow row) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", row.id());
    json.put("occurred_at", row.record().occurredAt().toString());
    json.put("event", row.record().event().name());
    json.put("outcome", row.record().outcome().name());
    json.put("error_code", row.record().errorCode());
    json.put("flow_id", row.record().flowId());
    json.put("sp_client_id", row.record().spClientId());
    json.put("idp_id", row.record().idpId());
    json.put("acr", row.record().acr());
    json.put("sub", row.record().sub());
    json.put("client_address", row.record().clientAddress());
    json.put("user_agent", row.record().userAgent());
    json.put("node", row.record().node());
    json.put("actor", row.record().actor());
    json.put("detail", row.record().detail());
    return json;
  }
}
