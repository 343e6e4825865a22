package fr.fc.sandbox.sp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SP's settings, from MicroProfile Config (keys fc.sandbox.*, see
 * microprofile-config.properties).
 */
@ApplicationScoped
class SpConfiguration {

  @Inject
  @ConfigProperty(name = "fc.sandbox.fc-issuer")
  String fcIssuer;

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

  /** fc's issuer: its discovery document is at {issuer}/.well-known/openid-configuration. */
  String fcIssuer() {
    return fcIssuer;
  }

  SpRegistration registration() {
    return new SpRegistration(clientId, clientSecret, scope, baseUrl);
  }
}
