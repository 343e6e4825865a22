package fr.fc.sandbox.sp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * The SP as an OpenID Connect relying party of fc: where to send the citizen to log in, how to
 * finish the login when they come back with a code, where to send them to log out.
 */
@ApplicationScoped
class RelyingParty {

  @Inject SpConfiguration configuration;
  @Inject FcDiscovery discovery;
  @Inject TokenExchange tokenExchange;
  @Inject UserinfoRequest userinfoRequest;

  /** fc's authorization URL for a new login attempt. */
  URI authorizationUrl(LoginAttempt attempt) {
    return AuthorizationRequest.build(
        discovery.provider().metadata(), configuration.registration(), attempt);
  }

  /**
   * Exchanges the code, checks the ID token, reads userinfo; forgets fc's metadata on failure. The
   * access token comes along for the data providers.
   */
  CompletedLogin finishLogin(String code, LoginAttempt attempt) {
    try {
      FcProvider fc = discovery.provider();
      SpRegistration sp = configuration.registration();
      TokenResponse tokens =
          tokenExchange.exchange(fc.metadata(), sp, code, attempt.codeVerifier());
      FcJwtCheck check = new FcJwtCheck(fc.keys(), fc.metadata().issuer(), sp.clientId());
      Object subject = check.idToken(tokens.idToken(), attempt.nonce()).getClaimValue("sub");
      Map<String, Object> claims =
          userinfoRequest.claims(fc.metadata(), tokens.accessToken(), check);
      requireSameSubject(subject, claims);
      return new CompletedLogin(
          new LoggedInCitizen(tokens.idToken(), claims), tokens.accessToken());
    } catch (SpException e) {
      discovery.forget();
      throw e;
    }
  }

  /** fc's end-session URL for a citizen logged in with this ID token. */
  URI logoutUrl(String idToken, String state) {
    return LogoutRequest.build(
        discovery.provider().metadata(), configuration.registration(), idToken, state);
  }

  /** OpenID Connect Core 1.0, section 5.3.2: userinfo must be about the ID token's subject. */
  static void requireSameSubject(Object subject, Map<String, Object> userinfo) {
    if (!Objects.equals(subject, userinfo.get("sub"))) {
      throw new SpException(SpFailure.USERINFO, "the userinfo sub is not the ID token's sub");
    }
  }
}
