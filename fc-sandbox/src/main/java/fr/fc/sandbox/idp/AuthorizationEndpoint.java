package fr.fc.sandbox.idp;

import static fr.fc.sandbox.idp.OAuthError.Code.ACCESS_DENIED;
import static fr.fc.sandbox.idp.OAuthError.Code.SERVER_ERROR;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The browser side of a demo IdP (OIDC Core 3.1.2): the authorization request, the login form and
 * its way back to FranceConnect. Until the client and redirect_uri are trusted, errors are pages;
 * afterwards they go back to the client.
 */
@Path("/idp/{idp}")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class AuthorizationEndpoint {

  @Inject IdpCatalogue catalogue;
  @Inject DemoAccounts accounts;
  @Inject PendingAuthorizations pending;
  @Inject AuthorizationCodes codes;

  @PathParam("idp")
  String idpId;

  @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
  String acceptLanguage;

  @GET
  @Path("authorize")
  public Response authorize(@Context UriInfo uri) {
    Parameters params = new Parameters(uri.getQueryParameters());
    Language language = Language.choose(params.getIfSingle("ui_locales"), acceptLanguage);
    return HtmlAnswers.forIdp(
        catalogue.find(idpId), language, idp -> authorize(idp, params, language));
  }

  @POST
  @Path("login")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response login(
      @FormParam("request") String requestId,
      @FormParam("login") String login,
      @FormParam("password") String password,
      @FormParam("otp") String oneTimeCode) {
    Language language = Language.choose(null, acceptLanguage);
    return HtmlAnswers.forIdp(
        catalogue.find(idpId),
        language,
        idp -> login(idp, requestId, new Credentials(login, password, oneTimeCode), language));
  }

  /** "Retourner sur FranceConnect": the user gives up logging in. */
  @GET
  @Path("cancel")
  public Response cancel(@QueryParam("request") String requestId) {
    Language language = Language.choose(null, acceptLanguage);
    return HtmlAnswers.forIdp(
        catalogue.find(idpId), language, idp -> cancel(idp, requestId, language));
  }

  private Response authorize(DemoIdp idp, Parameters params, Language language) {
    if (!trusts(params)) {
      return HtmlAnswers.error(Status.BAD_REQUEST, language, "error.untrusted-client");
    }
    try {
      String requestId = pending.add(AuthorizationRequest.of(params, idp.id(), idp.level(), language));
      return loginPage(idp, requestId, language).show();
    } catch (OAuthError invalid) {
      return Redirect.error(
          params.get("redirect_uri"), params.getIfSingle("state"), idp.issuer(), invalid);
    }
  }

  private Response cancel(DemoIdp idp, String requestId, Language fallback) {
    OAuthError aborted = new OAuthError(ACCESS_DENIED, "user authentication aborted");
    return pending
        .take(requestId)
        .filter(request -> request.idpId().equals(idp.id()))
        .map(request -> fail(idp, request, aborted))
        .orElseGet(() -> HtmlAnswers.error(Status.BAD_REQUEST, fallback, "error.expired"));
  }

  private boolean trusts(Parameters params) {
    try {
      return catalogue.client().accepts(params.get("client_id"), params.get("redirect_uri"));
    } catch (OAuthError repeated) {
      return false;
    }
  }

  /** What the login form sends: the one-time code only at an IdP with a second factor. */
  private record Credentials(String login, String password, String oneTimeCode) {}

  private Response login(DemoIdp idp, String requestId, Credentials credentials, Language fallback) {
    AuthorizationRequest request =
        pending.find(requestId).filter(found -> found.idpId().equals(idp.id())).orElse(null);
    if (request == null) {
      return HtmlAnswers.error(Status.BAD_REQUEST, fallback, "error.expired");
    }
    boolean secondFactorPassed = !idp.secondFactor() || idp.oneTimeCode(requestId).equals(credentials.oneTimeCode());
    return accounts
        .authenticate(credentials.login(), credentials.password())
        .filter(account -> secondFactorPassed)
        .map(account -> loggedIn(idp, requestId, account, fallback))
        .orElseGet(
            () -> loginPage(idp, requestId, request.language()).afterWrongCredentials(credentials.login()));
  }

  private Response loggedIn(DemoIdp idp, String requestId, DemoAccount account, Language fallback) {
    AuthorizationRequest request = pending.take(requestId).orElse(null);
    if (request == null) {
      return HtmlAnswers.error(Status.BAD_REQUEST, fallback, "error.expired");
    }
    if (account.failsOnPurpose()) {
      return fail(idp, request, new OAuthError(SERVER_ERROR, "demo IdP failure"));
    }
    Authentication authentication =
        new Authentication(request, account, Instant.now(), RandomTokens.next(), idp.amr());
    Map<String, String> answer = new LinkedHashMap<>();
    answer.put("code", codes.issue(authentication));
    answer.put("state", request.state());
    answer.put("iss", idp.issuer());
    return Redirect.to(request.redirectUri(), answer);
  }

  private static Response fail(DemoIdp idp, AuthorizationRequest request, OAuthError error) {
    return Redirect.error(request.redirectUri(), request.state(), idp.issuer(), error);
  }

  private LoginPage loginPage(DemoIdp idp, String requestId, Language language) {
    return new LoginPage(idp, requestId, language, accounts.logins());
  }
}
