package fr.fc.shared.health;

import fr.fc.crypto.SigningKeys;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The node follows its signing key file. One that cannot read or use it keeps its keys, which the
 * other nodes may retire after a rotation: it leaves the load balancer until the file is usable.
 */
@Readiness
@ApplicationScoped
public class SigningKeyFileReadiness implements HealthCheck {

  @EJB private SigningKeys signingKeys;

  @Override
  public HealthCheckResponse call() {
    return signingKeys.keyFileProblem()
        .map(problem -> HealthCheckResponse.named("signing-key-file").down().withData("problem", problem).build())
        .orElseGet(() -> HealthCheckResponse.named("signing-key-file").up().build());
  }
}
