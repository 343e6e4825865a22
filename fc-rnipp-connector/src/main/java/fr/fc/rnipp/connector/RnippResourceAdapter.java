package fr.fc.rnipp.connector;

import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.Connector;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.TransactionSupport.TransactionSupportLevel;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.util.logging.Logger;
import javax.transaction.xa.XAResource;

/** The RNIPP resource adapter: outbound only, and outside transactions (the register is read-only). */
@Connector(
    displayName = "fc RNIPP connector",
    vendorName = "fc",
    eisType = "RNIPP",
    version = "1.0",
    transactionSupport = TransactionSupportLevel.NoTransaction)
public class RnippResourceAdapter implements ResourceAdapter {

  private static final Logger LOG = Logger.getLogger(RnippResourceAdapter.class.getName());

  @Override
  public void start(BootstrapContext context) {
    LOG.info("RNIPP resource adapter started");
  }

  @Override
  public void stop() {
    LOG.info("RNIPP resource adapter stopped");
  }

  @Override
  public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec) {
    throw new UnsupportedOperationException("The RNIPP connector has no inbound side");
  }

  @Override
  public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
    // no inbound side: nothing was activated
  }

  @Override
  public XAResource[] getXAResources(ActivationSpec[] specs) {
    return new XAResource[0];
  }

  // The JCA specification requires adapters to define equality; one adapter instance is one RA.
  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
