package fr.fc.sandbox.sp;

import fr.fc.sandbox.FcPlusIssuer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SP's settings, from MicroProfile Config (keys fc.sandbox.*, see
 * microprofile-config.properties).
 */
@ApplicationScoped
public class SpConfiguration {

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
  @ConfigProperty(name = "fc.sandbox.sp.tax-data-url")
  Optional<String> taxDataUrl;

  /** The settings, for the registrations of every variant (keys named by {@link SpVariant}). */
  @Inject Config config;

  /** Every variant's settings are there: one missing fails the SP's first use, not a callback. */
  @PostConstruct
  void checkRegistrations() {
    for (SpVariant variant : SpVariant.values()) {
      registration(variant);
    }
  }

  /** fc's issuer: its discovery document is at {issuer}/.well-known/openid-configuration. */
  public String fcIssuer() {
    return fcIssuer;
  }

  /** fc's FranceConnect+ issuer (see {@link FcPlusIssuer}). */
  public String fcPlusIssuer() {
    return FcPlusIssuer.of(fcPlusIssuer, fcIssuer);
  }

  /**
   * The SP as registered in fc under this variant: its client id, secret and scope (the v1
   * registration is a legacy SP, whose ID tokens fc signs HS256 with its secret).
   */
  SpRegistration registration(SpVariant variant) {
    return variant.registration(key -> config.getValue(key, String.class), baseUrl);
  }

  /** The client id the SP has in fc under this variant. */
  public String clientId(SpVariant variant) {
    return registration(variant).clientId();
  }

  /** The tax data provider's API: the configured one, or the sandbox's own. */
  URI taxDataUrl() {
    return URI.create(
        taxDataUrl.orElse(baseUrl.replaceFirst("/+$", "") + SANDBOX_TAX_DATA_PATH));
  }
}
