package fr.fc.rnipp.connector;

/** The application's view of a managed connection; closing it returns the connection to the pool. */
public class RnippConnectionHandle implements RnippConnection {

  private volatile RnippManagedConnection managed;

  RnippConnectionHandle(RnippManagedConnection managed) {
    this.managed = managed;
  }

  @Override
  public String registerUrl() {
    return open().registerUrl();
  }

  @Override
  public RnippResult identify(RnippQuery query) throws RnippException {
    return open().identify(this, query);
  }

  @Override
  public void close() {
    RnippManagedConnection current = managed;
    if (current != null) {
      managed = null;
      current.handleClosed(this);
    }
  }

  /** Moves this handle to {@code other}; returns the managed connection it had, if any. */
  RnippManagedConnection reassociate(RnippManagedConnection other) {
    RnippManagedConnection previous = managed;
    managed = other;
    return previous;
  }

  /** The managed connection was cleaned up or destroyed: this handle is unusable from now on. */
  void invalidate() {
    managed = null;
  }

  private RnippManagedConnection open() {
    RnippManagedConnection current = managed;
    if (current == null) {
      throw new IllegalStateException("This RNIPP connection is closed");
    }
    return current;
  }
}
