package fr.fc.federation;

import fr.fc.oidc.AuthorizationRequest;
import fr.fc.registry.IdentityProviderRegistration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;

/**
 * What fc exchanges with an identity provider during a login, as its client: where to send the
 * citizen, then, for the code of the callback, the IdP's answer once every check has passed; and
 * where the IdP ends its session.
 */
@ApplicationScoped
public class IdpExchange {

  @Inject private IdpClient client;

  /** The IdP's authorization URL for this login's state, nonce and PKCE verifier. */
  public URI authorizationUrl(
      IdentityProviderRegistration idp, IdpLogin login, String callbackUri, AuthorizationRequest request) {
    return IdpAuthorizationUrl.of(client.metadata(idp), idp, login, callbackUri, request);
  }

  /**
   * The ID token and userinfo for the code of the IdP's callback.
   *
   * @throws IdpFailure when a call fails or the IdP's tokens or userinfo do not pass fc's checks
   * @throws fr.fc.shared.error.FcException for an acr outside the IdP's or below the SP's
   */
  public IdpAnswer answer(
      IdentityProviderRegistration idp, IdpLogin login, String code, String callbackUri, String requestedAcr) {
    IdpClient.IdpTokens tokens = client.exchange(idp, code, callbackUri, login.codeVerifier());
    JwtClaims idToken = client.validate(idp, tokens.idToken(), login.nonce());
    IdpAcr.check(stringClaim(idToken, "acr"), idp.allowedAcrs(), requestedAcr);
    Map<String, Object> userinfo = client.userinfo(idp, tokens.accessToken());
    IdpUserinfo.requireSubjectOf(idToken, userinfo);
    return new IdpAnswer(idToken, tokens.idToken(), userinfo);
  }

  /**
   * Whether the IdP announces that its answers name it (RFC 9207): one without iss is then refused.
   * False when its metadata cannot be had: the exchange that follows says why.
   */
  public boolean namesItselfInAnswers(IdentityProviderRegistration idp) {
    try {
      return client.metadata(idp).namesItselfInAnswers();
    } catch (IdpFailure unreachable) {
      return false;
    }
  }

  /**
   * The IdP's end-session endpoint, if it has one.
   *
   * @throws IdpFailure when its metadata cannot be had
   */
  public Optional<String> endSessionEndpoint(IdentityProviderRegistration idp) {
    return Optional.ofNullable(client.metadata(idp).endSessionEndpoint());
  }

  private static String stringClaim(JwtClaims claims, String name) {
    try {
      return claims.getStringClaimValue(name);
    } catch (MalformedClaimException e) {
      return null;
    }
  }
}
