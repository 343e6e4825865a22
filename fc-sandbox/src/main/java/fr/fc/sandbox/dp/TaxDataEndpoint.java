package fr.fc.sandbox.dp;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The demo tax data provider's API, called by SPs with the citizen's access token as a Bearer
 * token: GET /dp/api/dgfip, and the same at GET /dp/situations/ir/assiettes/annrev/{year}, the path
 * of the DGFiP's "API Impôt particulier" (the demo has one year of data for every year).
 */
@Path("dp")
@RequestScoped
public class TaxDataEndpoint {

  @Inject TaxDataService taxData;

  @GET
  @Path("api/dgfip")
  public Response dgfip(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    return DpAnswers.json(() -> taxData.release(BearerToken.of(authorization)));
  }

  @GET
  @Path("situations/ir/assiettes/annrev/{year}")
  public Response incomeYear(
      @PathParam("year") String year,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    return DpAnswers.json(
        () -> {
          if (!year.matches("\\d{4}")) {
            throw new DpException(DpError.INVALID_REQUEST, "the income year must be 4 digits");
          }
          return taxData.release(BearerToken.of(authorization));
        });
  }
}
