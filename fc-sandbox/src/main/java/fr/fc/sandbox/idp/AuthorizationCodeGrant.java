package fr.fc.sandbox.idp;

import static fr.fc.sandbox.idp.OAuthError.Code.INVALID_CLIENT;
import static fr.fc.sandbox.idp.OAuthError.Code.INVALID_GRANT;
import static fr.fc.sandbox.idp.OAuthError.Code.UNSUPPORTED_GRANT_TYPE;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The authorization_code grant (RFC 6749 4.1.3, RFC 7636 4.6): a code for tokens, once. */
@ApplicationScoped
public class AuthorizationCodeGrant {

  @Inject IdpCatalogue catalogue;
  @Inject AuthorizationCodes codes;
  @Inject AccessTokens tokens;
  @Inject FcEncryption encryption;

  /** The token response (OIDC Core 3.1.3.3) to a token request at this IdP. */
  Map<String, Object> exchange(
      DemoIdp idp, ClientCredentials credentials, Parameters form, Instant now) {
    RegisteredClient client = catalogue.client();
    if (!client.authenticates(credentials)) {
      throw new OAuthError(INVALID_CLIENT, "client authentication failed");
    }
    if (!"authorization_code".equals(form.require("grant_type"))) {
      throw new OAuthError(UNSUPPORTED_GRANT_TYPE, "only authorization_code is supported");
    }
    Authentication authentication = redeem(idp, client, form);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("access_token", tokens.issue(authentication));
    answer.put("token_type", "Bearer");
    answer.put("expires_in", AccessTokens.LIFETIME.toSeconds());
    String idToken = IdToken.issue(idp, authentication, now);
    answer.put("id_token", idp.encryptsToFc() ? encryption.seal(idToken) : idToken);
    answer.put("scope", authentication.request().scope());
    return answer;
  }

  private Authentication redeem(DemoIdp idp, RegisteredClient client, Parameters form) {
    String code = form.require("code");
    String redirectUri = form.require("redirect_uri");
    String verifier = form.get("code_verifier");
    Authentication authentication =
        codes
            .redeem(code)
            .filter(issued -> issued.request().idpId().equals(idp.id()))
            .filter(issued -> issued.request().clientId().equals(client.id()))
            .orElseThrow(
                () -> new OAuthError(INVALID_GRANT, "code unknown, expired or already used"));
    AuthorizationRequest request = authentication.request();
    if (!request.redirectUri().equals(redirectUri)) {
      throw new OAuthError(INVALID_GRANT, "redirect_uri differs from the authorization request's");
    }
    if (!Pkce.verifies(request.codeChallenge(), verifier)) {
      throw new OAuthError(INVALID_GRANT, "code_verifier does not match the code_challenge");
    }
    return authentication;
  }
}
