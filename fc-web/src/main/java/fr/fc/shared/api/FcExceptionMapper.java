package fr.fc.shared.api;

import fr.fc.login.IdpChoiceService;
import fr.fc.oidc.OpenIdProvider;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException.TrustedReturn;
import fr.fc.shared.error.FcException;
import fr.fc.shared.request.QueryUri;
import fr.fc.shared.web.WayBack;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
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
  private static final int LOGGED_LENGTH = 200;

  @Inject private OpenIdProvider provider;
  @Inject private RequestClient client;
  @Inject private ServedPlatform served;
  @EJB private IdpChoiceService choices;
  @Context private HttpHeaders headers;
  @Context private ResourceInfo resource;
  @Context private UriInfo uri;
  @Inject private AuditedRefusals refusals;

  @Override
  public Response toResponse(FcException exception) {
    FcError error = exception.error();
    LOG.info(() -> logLine(exception));
    refusals.refused(error.code(), resource.getResourceMethod(), interactionUid(), client.clientId());
    if (error.channel() == FcError.Channel.JSON) {
      return json(exception, headers.getHeaderString(HttpHeaders.AUTHORIZATION));
    }
    return exception
        .trustedReturn()
        .filter(back -> error.channel() == FcError.Channel.REDIRECT)
        .map(back -> redirect(exception, back))
        .orElseGet(() -> page(exception));
  }

  private String interactionUid() {
    String named = uri.getPathParameters().getFirst("uid");
    return named != null ? named : uri.getQueryParameters().getFirst("uid");
  }

  /** What support needs to find the error and the SP's developer to fix it; nothing personal. */
  private String logLine(FcException exception) {
    FcError error = exception.error();
    return "Error " + error.code() + " " + error.oidcError() + " client_id=" + loggable(client.clientId())
        + " id=" + exception.errorId() + ": " + loggable(exception.description());
  }

  // Request values reach the log: printable ASCII only, so that none forges or floods a line.
  private static String loggable(String value) {
    if (value == null) {
      return "-";
    }
    String printable = value.replaceAll("[^\\x20-\\x7E]", "?");
    return printable.length() <= LOGGED_LENGTH ? printable : printable.substring(0, LOGGED_LENGTH) + "...";
  }

  private Response redirect(FcException exception, TrustedReturn back) {
    QueryUri location =
        (back.inFragment() ? QueryUri.inFragment(back.redirectUri()) : QueryUri.of(back.redirectUri()))
            .with("error", exception.error().oidcError())
            .with("error_description", exception.description())
            .with("state", back.state())
            .with("iss", back.withIssuer() ? provider.issuer(served.platform()).url() : null);
    return Response.seeOther(location.build()).header("Cache-Control", "no-store").build();
  }

  private Response page(FcException exception) {
    return ErrorPage.render(exception, HtmlPage.locale(headers), wayBack(exception));
  }

  // The path only: the link stays on the host and under the platform the page was served from.
  private String wayBackPath(String interactionUid) {
    String page = provider.issuer(served.platform()).endpoint("redirect-to-sp-with-error");
    return QueryUri.of(URI.create(page).getRawPath()).with("uid", interactionUid).build().toString();
  }

  /** A login that stops on fc's page can still go back to its SP, while the interaction lasts. */
  private Optional<WayBack> wayBack(FcException exception) {
    Cookie interaction = headers.getCookies().get(InteractionCookie.NAME);
    if (!exception.error().stopsALogin() || interaction == null) {
      return Optional.empty();
    }
    return choices
        .loginUnderWay(interaction.getValue())
        .map(login -> new WayBack(login.interactionUid(), login.spName(), wayBackPath(login.interactionUid())));
  }

  private static Response json(FcException exception, String authorization) {
    FcError error = exception.error();
    Response.ResponseBuilder response =
        Response.status(error.httpStatus())
            .type(MediaType.APPLICATION_JSON_TYPE)
            .header("Cache-Control", "no-store")
            .entity(JsonError.of(exception).body());
    // RFC 6750's challenge for invalid_token; RFC 6749 section 5.2's for a client that sent Basic.
    if ("invalid_token".equals(error.oidcError())) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
    } else if (error.httpStatus() == 401 && sentBasic(authorization)) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"fc\"");
    }
    return response.build();
  }

  private static boolean sentBasic(String authorization) {
    return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, "Basic ".length());
  }
}
