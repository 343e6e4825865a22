package fr.fc.rnipp.connector;

/** The application's view of a managed connection; closing it returns the connection to the pool. */
public class RnippConnectionHandle implements RnippConnection {

  private RnippManagedConnection managed;

  RnippConnectionHandle(RnippManagedConnection managed) {
    this.managed = managed;
  }

  @Override
  public String registerUrl() {
    return open().registerUrl();
  }

  @Override
  public void close() {
    if (managed != null) {
      managed.handleClosed(this);
      managed = null;
    }
  }

  void reassociate(RnippManagedConnection other) {
    this.managed = other;
  }

  private RnippManagedConnection open() {
    if (managed == null) {
      throw new IllegalStateException("This RNIPP connection is closed");
    }
    return managed;
  }
}
