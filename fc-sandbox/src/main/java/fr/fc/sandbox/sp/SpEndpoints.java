package fr.fc.sandbox.sp;

import fr.fc.sandbox.EncryptionKeyPair;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The demo SP's browser endpoints under /sp: home, login (through fc's API v2, v1 with {@code
 * ?api=v1}, or FranceConnect+ with {@code ?api=plus&acr=eidas2|eidas3}; as another registration of
 * the SP with {@code ?variant=private|prompt|filtered}, see {@link SpVariant}), tax data login,
 * callback, logout, logout callback, and the JWKS of its encryption key (FranceConnect+). They read
 * the request, call the relying party (and after a tax data login, the tax data provider), keep the
 * flow's state in the session and answer a page or a redirect; any {@link SpException} becomes an
 * error page.
 */
@Path("sp")
@RequestScoped
public class SpEndpoints {

  private static final Logger LOG = Logger.getLogger(SpEndpoints.class.getName());
  private static final String HTML = "text/html;charset=UTF-8";

  @Inject RelyingParty relyingParty;
  @Inject TaxDataRequest taxDataRequest;
  @Inject SpKeys keys;
  @Context HttpServletRequest request;
  @Context HttpHeaders headers;
  @Context UriInfo uriInfo;

  @GET
  public Response home() {
    return page(200, SpPages.home(text(), root(), false));
  }

  /**
   * A login to see one's identity, as the registration {@code variant} names, else through the
   * version of fc's API {@code api} names: v2 by default, v1 as an SP written for FranceConnect v1
   * does it.
   */
  @GET
  @Path("login")
  public Response login(
      @QueryParam(SpVariant.PARAMETER) String variant,
      @QueryParam("api") String api,
      @QueryParam("acr") String acr) {
    return answer(
        () -> startLogin(LoginAttempt.start(LoginPurpose.IDENTITY, SpVariant.chosen(variant, api), acr)));
  }

  /** The jwks_uri of the SP's FranceConnect+ registration: fc encrypts to this key. */
  @GET
  @Path("jwks")
  @Produces(MediaType.APPLICATION_JSON)
  public Response jwks() {
    return Response.ok(keys.key().publicJwks()).header("Cache-Control", EncryptionKeyPair.CACHE_CONTROL).build();
  }

  /** "Mes données fiscales": a login that asks fc for DGFiP scopes too. */
  @GET
  @Path("tax-data")
  public Response taxDataLogin() {
    return answer(() -> startLogin(LoginAttempt.start(LoginPurpose.TAX_DATA)));
  }

  @GET
  @Path("callback")
  public Response callback(
      @QueryParam("code") String code,
      @QueryParam("state") String state,
      @QueryParam("error") String error,
      @QueryParam("error_description") String errorDescription) {
    return answer(
        () -> {
          LoginAttempt attempt = session().takeLoginAttempt().orElse(null);
          if (LoginCallback.isRefusal(attempt, state, error)) {
            return page(
                200,
                attempt.purpose() == LoginPurpose.TAX_DATA
                    ? TaxDataPages.refused(text(), root())
                    : SpPages.cancelled(text(), root(), attempt));
          }
          LoginCallback.check(attempt, code, state, error, errorDescription);
          CompletedLogin login = relyingParty.finishLogin(code, attempt);
          session().loggedIn(new LogoutHint(attempt.variant(), login.citizen().idToken()));
          if (attempt.purpose() == LoginPurpose.TAX_DATA) {
            // The access token lives 60 seconds: the data provider is called right away.
            TaxDataOutcome taxData = taxDataRequest.fetch(login.accessToken());
            return page(200, TaxDataPages.result(text(), root(), login.citizen(), taxData));
          }
          return page(200, SpPages.identity(text(), root(), login.citizen(), attempt.variant()));
        });
  }

  @GET
  @Path("logout")
  public Response logout() {
    return answer(
        () -> {
          LogoutHint hint = session().logoutHint().orElse(null);
          if (hint == null) {
            return page(200, SpPages.home(text(), root(), false));
          }
          String state = RandomValue.create();
          URI endSession = relyingParty.logoutUrl(hint, state);
          session().startLogout(state);
          return redirect(endSession);
        });
  }

  @GET
  @Path("logout-callback")
  public Response logoutCallback(@QueryParam("state") String state) {
    return answer(
        () -> {
          if (!RandomValue.same(session().takeLogoutState().orElse(null), state)) {
            throw new SpException(
                SpFailure.LOGOUT_STATE, "the state is missing or not this browser's");
          }
          session().end();
          return page(200, SpPages.home(text(), root(), true));
        });
  }

  /** Sends the citizen to fc's authorization endpoint, remembering the attempt. */
  private Response startLogin(LoginAttempt attempt) {
    URI authorization = relyingParty.authorizationUrl(attempt);
    session().startLogin(attempt);
    return redirect(authorization);
  }

  /** Runs a flow step; its failure becomes an error page that says what failed. */
  private Response answer(Supplier<Response> step) {
    try {
      return step.get();
    } catch (SpException e) {
      LOG.info(() -> "demo SP: " + e.failure() + ": " + e.detail().replaceAll("\\p{Cntrl}", "?"));
      return page(e.failure().status(), SpPages.error(text(), root(), e));
    }
  }

  private SpSession session() {
    return SpSession.of(request);
  }

  private SpMessages text() {
    return SpMessages.forLanguages(headers.getAcceptableLanguages());
  }

  /** The path of the sandbox's root, ending with '/'. */
  private String root() {
    String path = uriInfo.getBaseUri().getPath();
    return path.endsWith("/") ? path : path + "/";
  }

  private static Response page(int status, String html) {
    return Response.status(status)
        .type(HTML)
        .header("Cache-Control", "no-store")
        .entity(html)
        .build();
  }

  private static Response redirect(URI location) {
    return Response.status(Response.Status.FOUND)
        .location(location)
        .header("Cache-Control", "no-store")
        .build();
  }
}
