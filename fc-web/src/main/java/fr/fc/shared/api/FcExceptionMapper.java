package fr.fc.shared.api;

import fr.fc.federation.IdpChoiceService;
import fr.fc.oidc.OpenIdProvider;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import fr.fc.shared.error.FcException.TrustedReturn;
import fr.fc.shared.web.WayBack;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Turns an {@link FcException} into what its channel says: a redirect to the SP with error,
 * error_description, state and iss (RFC 9207); fc's error page; or a JSON error.
 */
@Provider
@ApplicationScoped
public class FcExceptionMapper implements ExceptionMapper<FcException> {

  private static final Logger LOG = Logger.getLogger(FcExceptionMapper.class.getName());

  @Inject private OpenIdProvider provider;
  @EJB private IdpChoiceService choices;
  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(FcException exception) {
    FcError error = exception.error();
    LOG.info(() -> "Error " + error.code() + " " + error.oidcError() + " id=" + exception.errorId());
    if (error.channel() == FcError.Channel.JSON) {
      return json(exception);
    }
    return exception
        .trustedReturn()
        .filter(back -> error.channel() == FcError.Channel.REDIRECT)
        .map(back -> redirect(exception, back))
        .orElseGet(() -> page(exception));
  }

  private Response redirect(FcException exception, TrustedReturn back) {
    UriBuilder location =
        UriBuilder.fromUri(back.redirectUri())
            .queryParam("error", exception.error().oidcError())
            .queryParam("error_description", exception.description());
    if (back.state() != null) {
      location.queryParam("state", back.state());
    }
    location.queryParam("iss", provider.issuer().url());
    return Response.seeOther(location.build()).header("Cache-Control", "no-store").build();
  }

  private Response page(FcException exception) {
    return ErrorPage.render(exception, HtmlPage.locale(headers), wayBack(exception));
  }

  /** A login that stops on fc's page can still go back to its SP, while the interaction lasts. */
  private Optional<WayBack> wayBack(FcException exception) {
    Cookie interaction = headers.getCookies().get(InteractionCookie.NAME);
    if (!exception.error().stopsALogin() || interaction == null) {
      return Optional.empty();
    }
    String uid = interaction.getValue();
    return choices.serviceProviderName(uid).map(name -> new WayBack(uid, name));
  }

  private static Response json(FcException exception) {
    FcError error = exception.error();
    // The contract's error_uri (section 1.3), and RFC 6750's challenge for invalid_token.
    String errorUri =
        "https://docs.partenaires.franceconnect.gouv.fr/fs/fs-technique/fs-technique-erreurs/?code="
            + error.code()
            + "&id="
            + exception.errorId();
    Response.ResponseBuilder response =
        Response.status(error.httpStatus())
            .type(MediaType.APPLICATION_JSON_TYPE)
            .header("Cache-Control", "no-store")
            .entity(
                Map.of(
                    "error", error.oidcError(),
                    "error_description", exception.description(),
                    "error_uri", errorUri));
    if ("invalid_token".equals(error.oidcError())) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
    }
    return response.build();
  }
}
