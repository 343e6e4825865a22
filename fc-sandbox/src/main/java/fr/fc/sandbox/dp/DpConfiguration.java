package fr.fc.sandbox.dp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The data provider's settings, from MicroProfile Config (keys fc.sandbox.*, see
 * microprofile-config.properties): where fc is and the credentials fc registered for it.
 */
@ApplicationScoped
class DpConfiguration {

  @Inject
  @ConfigProperty(name = "fc.sandbox.fc-issuer")
  String fcIssuer;

  @Inject
  @ConfigProperty(name = "fc.sandbox.dp.client-id")
  String clientId;

  @Inject
  @ConfigProperty(name = "fc.sandbox.dp.client-secret")
  String clientSecret;

  /** fc's issuer, without a trailing '/': the iss of the checktoken answers. */
  String fcIssuer() {
    return fcIssuer.replaceFirst("/+$", "");
  }

  String clientId() {
    return clientId;
  }

  String clientSecret() {
    return clientSecret;
  }

  /** fc's token check (contract section 3.2). */
  URI checkTokenUri() {
    return URI.create(fcIssuer() + "/checktoken");
  }

  /** fc's signing keys, which sign the checktoken answers. */
  URI fcJwksUri() {
    return URI.create(fcIssuer() + "/jwks");
  }
}
