package fr.fc.sandbox.sp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * The SP as an OpenID Connect relying party of fc: where to send the citizen to log in, how to
 * finish the login when they come back with a code, where to send them to log out. Each step goes
 * through the registration the login chose ({@link SpVariant}) and its version of fc's API: v2,
 * found through fc's discovery document, or the legacy v1 under the same base URL, or
 * FranceConnect+ under its own issuer, with the SP's encryption key.
 */
@ApplicationScoped
class RelyingParty {

  @Inject SpConfiguration configuration;
  @Inject FcDiscovery discovery;
  @Inject TokenExchange tokenExchange;
  @Inject UserinfoRequest userinfoRequest;
  @Inject SpKeys keys;

  /** fc's authorization URL for a new login attempt. */
  URI authorizationUrl(LoginAttempt attempt) {
    FcApiAccess fc = access(attempt.variant());
    return AuthorizationRequest.build(fc.endpoints(), fc.sp(), attempt);
  }

  /**
   * Exchanges the code, checks the ID token, reads userinfo; forgets fc's metadata on failure. The
   * access token comes along for the data providers.
   */
  CompletedLogin finishLogin(String code, LoginAttempt attempt) {
    try {
      FcApiAccess fc = access(attempt.variant());
      TokenResponse tokens =
          tokenExchange.exchange(fc.endpoints(), fc.sp(), code, attempt.codeVerifier());
      Object subject = fc.check().idToken(tokens.idToken(), attempt.nonce()).getClaimValue("sub");
      Map<String, Object> claims = userinfoRequest.claims(fc, tokens.accessToken());
      requireSameSubject(subject, claims);
      String signedIdToken = fc.check().signed(tokens.idToken(), SpFailure.ID_TOKEN);
      return new CompletedLogin(new LoggedInCitizen(signedIdToken, claims), tokens.accessToken());
    } catch (SpException e) {
      discovery.forget();
      throw e;
    }
  }

  /** fc's end-session URL, on the API that issued it, for a citizen logged in with this hint. */
  URI logoutUrl(LogoutHint hint, String state) {
    FcApiAccess fc = access(hint.variant());
    return LogoutRequest.build(fc.endpoints(), fc.sp(), hint.idToken(), state);
  }

  /** OpenID Connect Core 1.0, section 5.3.2: userinfo must be about the ID token's subject. */
  static void requireSameSubject(Object subject, Map<String, Object> userinfo) {
    if (!Objects.equals(subject, userinfo.get("sub"))) {
      throw new SpException(SpFailure.USERINFO, "the userinfo sub is not the ID token's sub");
    }
  }

  /** fc through the version of its API of this registration of the SP, with its credentials. */
  private FcApiAccess access(SpVariant variant) {
    SpRegistration sp = configuration.registration(variant);
    FcApi api = variant.api();
    return switch (api) {
      case V1 -> {
        ProviderMetadata fc = FcV1Endpoints.of(configuration.fcIssuer());
        yield new FcApiAccess(
            api,
            fc,
            sp,
            FcJwtCheck.keyedWithClientSecret(sp.clientSecret(), fc.issuer(), sp.clientId()));
      }
      case V2 -> {
        FcProvider fc = discovery.provider();
        yield new FcApiAccess(
            api,
            fc.metadata(),
            sp,
            new FcJwtCheck(fc.keys(), fc.metadata().issuer(), sp.clientId()));
      }
      case PLUS -> {
        FcProvider fc = discovery.provider(configuration.fcPlusIssuer());
        yield new FcApiAccess(
            api,
            fc.metadata(),
            sp,
            FcJwtCheck.plus(fc.keys(), fc.metadata().issuer(), sp.clientId(), keys.key()));
      }
    };
  }
}
