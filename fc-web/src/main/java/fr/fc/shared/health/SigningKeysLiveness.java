package fr.fc.shared.health;

import fr.fc.crypto.SigningKeys;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** fc is alive when it can sign: its keys are loaded. A database outage does not make it dead. */
@Liveness
@ApplicationScoped
public class SigningKeysLiveness implements HealthCheck {

  @EJB private SigningKeys signingKeys;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("signing-keys").status(signingKeys.keys() != null).build();
  }
}
