package fr.fc.rnipp.connector;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import javax.naming.Reference;

/** The factory bound in JNDI: every connection comes from the server's connection manager. */
public class PooledRnippConnectionFactory implements RnippConnectionFactory {

  private static final long serialVersionUID = 1L;

  private final RnippManagedConnectionFactory managedFactory;
  private final transient ConnectionManager manager;
  private Reference reference;

  PooledRnippConnectionFactory(
      RnippManagedConnectionFactory managedFactory, ConnectionManager manager) {
    this.managedFactory = managedFactory;
    this.manager = manager;
  }

  @Override
  public RnippConnection getConnection() throws ResourceException {
    return (RnippConnection) manager.allocateConnection(managedFactory, null);
  }

  @Override
  public void setReference(Reference reference) {
    this.reference = reference;
  }

  @Override
  public Reference getReference() {
    return reference;
  }
}
