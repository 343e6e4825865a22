package fr.fc.sandbox.idp;

import static fr.fc.sandbox.idp.OAuthError.Code.INVALID_TOKEN;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Optional;

/**
 * A demo IdP's userinfo endpoint (OIDC Core 5.3), GET or POST with a bearer token (RFC 6750 2.1):
 * sub and the claims the account has, a claim it lacks left out; JSON, or a JWT from a legacy IdP.
 */
@Path("/idp/{idp}/userinfo")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UserinfoEndpoint {

  private static final String BEARER = "bearer ";

  @Inject IdpCatalogue catalogue;
  @Inject AccessTokens tokens;
  @Inject FcEncryption encryption;

  @PathParam("idp")
  String idpId;

  @HeaderParam(HttpHeaders.AUTHORIZATION)
  String authorization;

  @GET
  public Response get() {
    return userinfo();
  }

  @POST
  public Response post() {
    return userinfo();
  }

  private Response userinfo() {
    return JsonAnswers.forIdp(
        catalogue.find(idpId),
        idp -> {
          Authentication authentication =
              bearerToken()
                  .flatMap(tokens::find)
                  .filter(found -> found.request().idpId().equals(idp.id()))
                  .orElseThrow(
                      () -> new OAuthError(INVALID_TOKEN, "access token unknown or expired"));
          if (idp.signsUserinfo()) {
            String signed = idp.signer().sign(SignedUserinfo.claims(idp, authentication));
            return JsonAnswers.jwt(idp.encryptsToFc() ? encryption.seal(signed) : signed);
          }
          return JsonAnswers.ok(authentication.account().userinfo(idp.id()));
        });
  }

  private Optional<String> bearerToken() {
    if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
      return Optional.empty();
    }
    return Optional.of(authorization.substring(BEARER.length()).trim());
  }
}
