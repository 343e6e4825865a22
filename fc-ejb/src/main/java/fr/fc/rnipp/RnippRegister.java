package fr.fc.rnipp;

import fr.fc.rnipp.connector.RnippConnection;
import fr.fc.rnipp.connector.RnippConnectionFactory;
import fr.fc.rnipp.connector.RnippException;
import fr.fc.rnipp.connector.RnippQuery;
import fr.fc.rnipp.connector.RnippResult;
import fr.fc.shared.config.Configuration;
import fr.fc.shared.config.Setting;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.resource.ResourceException;
import java.time.Clock;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The register through the connector's pool. The wait is bounded by the connector's timeout (the
 * contract's 6 s); a circuit breaker, shared by the cluster's nodes through the data grid, makes an
 * outage fail fast; there is no retry, which would double a citizen's wait past the contract's.
 */
@ApplicationScoped
public class RnippRegister {

  /** The JNDI name of the connector resource, created by server-config. */
  static final String RESOURCE = "eis/fc/rnipp";

  @EJB private Configuration configuration;
  @Inject private CircuitBoard board;

  private RegisterCircuit circuit;
  private volatile RnippConnectionFactory factory;

  @PostConstruct
  void openCircuit() {
    circuit =
        new RegisterCircuit(Clock.systemUTC(), configuration.settings().duration(Setting.RNIPP_PROBE_INTERVAL), board);
  }

  /**
   * @throws RnippException a technical failure, TIMEOUT at once while the circuit is open
   */
  public RnippResult identify(RnippQuery query) throws RnippException {
    if (!circuit.allowsCall()) {
      throw new RnippException(RnippException.Failure.TIMEOUT, "circuit open: the register failed repeatedly");
    }
    try (RnippConnection connection = factory().getConnection()) {
      RnippResult result = connection.identify(query);
      circuit.succeeded();
      return result;
    } catch (RnippException e) {
      circuit.failed(query);
      throw e;
    } catch (ResourceException | NamingException e) {
      circuit.failed(query);
      throw new RnippException(RnippException.Failure.HTTP_ERROR, "no connection to the register", e);
    }
  }

  // Looked up on first use, not injected, so that fc deploys before server-config creates the pool.
  private RnippConnectionFactory factory() throws NamingException {
    if (factory == null) {
      factory = (RnippConnectionFactory) new InitialContext().lookup(RESOURCE);
    }
    return factory;
  }
}
