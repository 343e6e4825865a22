package fr.fc.rnipp.connector;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.ConnectionDefinition;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.Set;
import javax.security.auth.Subject;

/** Creates the managed connections of one RNIPP pool, configured by the server's connector pool. */
@ConnectionDefinition(
    connectionFactory = RnippConnectionFactory.class,
    connectionFactoryImpl = PooledRnippConnectionFactory.class,
    connection = RnippConnection.class,
    connectionImpl = RnippConnectionHandle.class)
public class RnippManagedConnectionFactory
    implements ManagedConnectionFactory, ResourceAdapterAssociation {

  private static final long serialVersionUID = 1L;

  @ConfigProperty(description = "Base URL of the RNIPP gateway", defaultValue = "http://localhost:7100/rnipp")
  private String registerUrl = "http://localhost:7100/rnipp";

  @ConfigProperty(description = "Timeout of one register call, in milliseconds", defaultValue = "6000")
  private Integer timeoutMillis = 6000;

  private transient ResourceAdapter resourceAdapter;
  private transient PrintWriter logWriter;

  @Override
  public Object createConnectionFactory(ConnectionManager manager) {
    return new PooledRnippConnectionFactory(this, manager);
  }

  @Override
  public Object createConnectionFactory() throws ResourceException {
    throw new ResourceException("The RNIPP connector runs only inside an application server");
  }

  @Override
  public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info) {
    return new RnippManagedConnection(this);
  }

  @Override
  public ManagedConnection matchManagedConnections(
      @SuppressWarnings("rawtypes") Set candidates, Subject subject, ConnectionRequestInfo info) {
    // Every connection of a pool speaks to the same register: any free one will do.
    for (Object candidate : candidates) {
      if (candidate instanceof RnippManagedConnection connection) {
        return connection;
      }
    }
    return null;
  }

  public String getRegisterUrl() {
    return registerUrl;
  }

  public void setRegisterUrl(String registerUrl) {
    this.registerUrl = registerUrl;
  }

  public Integer getTimeoutMillis() {
    return timeoutMillis;
  }

  public void setTimeoutMillis(Integer timeoutMillis) {
    this.timeoutMillis = timeoutMillis;
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public ResourceAdapter getResourceAdapter() {
    return resourceAdapter;
  }

  @Override
  public void setResourceAdapter(ResourceAdapter adapter) {
    this.resourceAdapter = adapter;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RnippManagedConnectionFactory that
        && Objects.equals(registerUrl, that.registerUrl)
        && Objects.equals(timeoutMillis, that.timeoutMillis);
  }

  @Override
  public int hashCode() {
    return Objects.hash(registerUrl, timeoutMillis);
  }
}
