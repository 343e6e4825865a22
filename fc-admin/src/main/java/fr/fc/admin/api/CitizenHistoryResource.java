package fr.fc.admin.api;

import fr.fc.citizen.HistoryRetention;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The citizens' history (their space), for operators: its purge, which runs each night on its own. */
@Path("citizens/history")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CitizenHistoryResource {

  @EJB private HistoryRetention retention;

  @POST
  @Path("purge")
  @OperatorRoles(AdminApplication.OPERATOR)
  @Operation(
      summary = "Forgets whose the connections before a time were: the citizens' spaces no longer list them, the "
          + "audit trail keeps its events (an audited operation).")
  public Map<String, Object> purge(@QueryParam("before") String before) throws SQLException {
    Instant cutoff = AuditSearch.instant("before", before);
    if (cutoff == null) {
      throw new AdminRequestException("before is required");
    }
    return Map.of("forgotten", retention.purge(cutoff));
  }
}
