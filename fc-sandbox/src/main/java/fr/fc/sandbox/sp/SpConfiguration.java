package fr.fc.sandbox.sp;

import fr.fc.sandbox.FcPlusIssuer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SP's settings, from MicroProfile Config (keys fc.sandbox.*, see
 * microprofile-config.properties).
 */
@ApplicationScoped
class SpConfiguration {

  /** Where the sandbox's own demo tax data provider answers, under its base URL. */
  static final String SANDBOX_TAX_DATA_PATH = "/dp/api/dgfip";

  @Inject
  @ConfigProperty(name = "fc.sandbox.fc-issuer")
  String fcIssuer;

  @Inject
  @ConfigProperty(name = "fc.sandbox.fc-plus-issuer")
  Optional<String> fcPlusIssuer = Optional.empty();

  @Inject
  @ConfigProperty(name = "fc.sandbox.base-url")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "fc.sandbox.sp.client-id")
  String clientId;

  @Inject
  @ConfigProperty(name = "fc.sandbox.sp.client-secret")
  String clientSecret;

  @Inject
  @ConfigProperty(name = "fc.sandbox.sp.scope")
  String scope;

  @Inject
  @ConfigProperty(name = "fc.sandbox.sp.tax-data-scope")
  String taxDataScope;

  @Inject
  @ConfigProperty(name = "fc.sandbox.sp.tax-data-url")
  Optional<String> taxDataUrl;

  @Inject
  @ConfigProperty(name = "fc.sandbox.sp.v1.client-id")
  String v1ClientId;

  @Inject
  @ConfigProperty(name = "fc.sandbox.sp.v1.client-secret")
  String v1ClientSecret;

  @Inject
  @ConfigProperty(name = "fc.sandbox.sp.v1.scope")
  String v1Scope;

  @Inject
  @ConfigProperty(name = "fc.sandbox.sp.plus.client-id")
  String plusClientId;

  @Inject
  @ConfigProperty(name = "fc.sandbox.sp.plus.client-secret")
  String plusClientSecret;

  @Inject
  @ConfigProperty(name = "fc.sandbox.sp.plus.scope")
  String plusScope;

  /** fc's issuer: its discovery document is at {issuer}/.well-known/openid-configuration. */
  String fcIssuer() {
    return fcIssuer;
  }

  /** fc's FranceConnect+ issuer (see {@link FcPlusIssuer}). */
  String fcPlusIssuer() {
    return FcPlusIssuer.of(fcPlusIssuer, fcIssuer);
  }

  /**
   * The SP as registered in fc for logins through this version of its API. The v1 registration is
   * a legacy SP, whose ID tokens fc signs HS256 with its secret; a v1 login only identifies the
   * citizen, so its scope serves for both purposes.
   */
  SpRegistration registration(FcApi api) {
    return switch (api) {
      case V1 -> new SpRegistration(v1ClientId, v1ClientSecret, v1Scope, v1Scope, baseUrl);
      case V2 -> new SpRegistration(clientId, clientSecret, scope, taxDataScope, baseUrl);
      case PLUS -> new SpRegistration(plusClientId, plusClientSecret, plusScope, plusScope, baseUrl);
    };
  }

  /** The tax data provider's API: the configured one, or the sandbox's own. */
  URI taxDataUrl() {
    return URI.create(
        taxDataUrl.orElse(baseUrl.replaceFirst("/+$", "") + SANDBOX_TAX_DATA_PATH));
  }
}
