package fr.fc.sandbox.idp;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Collections;

/**
 * A demo IdP's end-session endpoint (OIDC RP-Initiated Logout 1.0): forgets the session the ID
 * token names, then goes back to the client only if it asked for its registered URI.
 */
@Path("/idp/{idp}/session/end")
@RequestScoped
public class EndSessionEndpoint {

  @Inject IdpCatalogue catalogue;
  @Inject AccessTokens tokens;

  @GET
  @Produces(MediaType.TEXT_HTML)
  public Response end(
      @PathParam("idp") String idpId,
      @QueryParam("id_token_hint") String idTokenHint,
      @QueryParam("state") String state,
      @QueryParam("post_logout_redirect_uri") String postLogoutRedirectUri,
      @QueryParam("ui_locales") String uiLocales,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
    Language language = Language.choose(uiLocales, acceptLanguage);
    return HtmlAnswers.forIdp(
        catalogue.find(idpId),
        language,
        idp -> {
          idp.signer()
              .verify(idTokenHint)
              .map(claims -> claims.getClaimValueAsString("sid"))
              .ifPresent(tokens::revokeSession);
          if (!catalogue.client().isPostLogoutRedirectUri(postLogoutRedirectUri)) {
            return HtmlAnswers.loggedOut(idp, language);
          }
          return Redirect.to(postLogoutRedirectUri, Collections.singletonMap("state", state));
        });
  }
}
