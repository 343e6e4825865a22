package fr.fc.rnipp.connector;

/** An application's handle on a pooled connection to the RNIPP; close it to give it back. */
public interface RnippConnection extends AutoCloseable {

  /** The register gateway this connection speaks to. */
  String registerUrl();

  /**
   * Asks the register who {@code query} is.
   *
   * @return the register's answer, whatever its type (found, not found, several...)
   * @throws RnippException when the register gave no usable answer: timeout or dropped
   *     connection, HTTP or TLS failure, or an answer that does not follow the wire format
   * @throws IllegalStateException when this connection is closed
   */
  RnippResult identify(RnippQuery query) throws RnippException;

  @Override
  void close();
}
