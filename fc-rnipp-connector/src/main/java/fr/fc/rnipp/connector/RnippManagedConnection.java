package fr.fc.rnipp.connector;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionMetaData;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.security.auth.Subject;
import javax.transaction.xa.XAResource;

/** One pooled connection to the RNIPP gateway, owned by the server's connection manager. */
public class RnippManagedConnection implements ManagedConnection {

  private final RnippManagedConnectionFactory factory;
  private final RnippGateway gateway;
  private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
  private final List<RnippConnectionHandle> handles = new CopyOnWriteArrayList<>();
  private PrintWriter logWriter;

  RnippManagedConnection(RnippManagedConnectionFactory factory, RnippGateway gateway) {
    this.factory = factory;
    this.gateway = gateway;
  }

  RnippManagedConnectionFactory factory() {
    return factory;
  }

  String registerUrl() {
    return gateway.registerUrl();
  }

  /**
   * One register call for {@code handle}. A transport failure tells the pool to drop this
   * connection (CONNECTION_ERROR_OCCURRED); a bad status or answer does not.
   */
  RnippResult identify(RnippConnectionHandle handle, RnippQuery query) throws RnippException {
    try {
      return gateway.identify(query);
    } catch (RnippException e) {
      if (e.isConnectionFailure()) {
        ConnectionEvent event =
            new ConnectionEvent(this, ConnectionEvent.CONNECTION_ERROR_OCCURRED, e);
        event.setConnectionHandle(handle);
        listeners.forEach(listener -> listener.connectionErrorOccurred(event));
      }
      throw e;
    }
  }

  @Override
  public Object getConnection(Subject subject, ConnectionRequestInfo info) {
    RnippConnectionHandle handle = new RnippConnectionHandle(this);
    handles.add(handle);
    return handle;
  }

  void handleClosed(RnippConnectionHandle handle) {
    handles.remove(handle);
    ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_CLOSED);
    event.setConnectionHandle(handle);
    listeners.forEach(listener -> listener.connectionClosed(event));
  }

  @Override
  public void associateConnection(Object connection) throws ResourceException {
    if (!(connection instanceof RnippConnectionHandle handle)) {
      throw new ResourceException("Not an RNIPP connection handle: " + connection);
    }
    RnippManagedConnection previous = handle.reassociate(this);
    if (previous != null) {
      previous.handles.remove(handle);
    }
    handles.add(handle);
  }

  /** Back to the pool: the handles still open become unusable. */
  @Override
  public void cleanup() {
    invalidateHandles();
  }

  /** The HTTP client belongs to the factory and stays for the pool's other connections. */
  @Override
  public void destroy() {
    invalidateHandles();
    listeners.clear();
  }

  private void invalidateHandles() {
    handles.forEach(RnippConnectionHandle::invalidate);
    handles.clear();
  }

  @Override
  public void addConnectionEventListener(ConnectionEventListener listener) {
    listeners.add(listener);
  }

  @Override
  public void removeConnectionEventListener(ConnectionEventListener listener) {
    listeners.remove(listener);
  }

  @Override
  public XAResource getXAResource() throws ResourceException {
    throw new NotSupportedException("The RNIPP connector does not take part in transactions");
  }

  @Override
  public LocalTransaction getLocalTransaction() throws ResourceException {
    throw new NotSupportedException("The RNIPP connector does not take part in transactions");
  }

  @Override
  public ManagedConnectionMetaData getMetaData() {
    return new ManagedConnectionMetaData() {
      @Override
      public String getEISProductName() {
        return "RNIPP";
      }

      @Override
      public String getEISProductVersion() {
        return "1.0";
      }

      @Override
      public int getMaxConnections() {
        return 0;
      }

      @Override
      public String getUserName() {
        return null;
      }
    };
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }
}
