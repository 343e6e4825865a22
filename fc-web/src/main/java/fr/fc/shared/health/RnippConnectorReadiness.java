package fr.fc.shared.health;

import fr.fc.rnipp.connector.RnippConnection;
import fr.fc.rnipp.connector.RnippConnectionFactory;
import jakarta.enterprise.context.ApplicationScoped;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import jakarta.resource.ResourceException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The RNIPP connector is deployed and its pool hands out connections. This does not call the
 * register: a register outage is handled per login, it does not take fc out of the load balancer.
 */
@Readiness
@ApplicationScoped
public class RnippConnectorReadiness implements HealthCheck {

  /** The JNDI name of the connector resource, created by server-config. */
  static final String RESOURCE = "eis/fc/rnipp";
  static final String NAME = "rnipp-connector";

  @Override
  public HealthCheckResponse call() {
    try (RnippConnection connection = factory().getConnection()) {
      return HealthCheckResponse.named(NAME).up().withData("register", connection.registerUrl()).build();
    } catch (NamingException | ResourceException | RuntimeException e) {
      return HealthCheckResponse.named(NAME).down().withData("error", e.getClass().getSimpleName()).build();
    }
  }

  // Looked up per call rather than injected, so that the application deploys before the pool exists.
  private static RnippConnectionFactory factory() throws NamingException {
    return (RnippConnectionFactory) new InitialContext().lookup(RESOURCE);
  }
}
