package fr.fc.rnipp.connector;

/**
 * A technical failure of the register: it gave no usable answer. The contract maps each {@link
 * Failure} to its own error code. The message never holds personal data.
 */
public class RnippException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why the register gave no usable answer. */
  public enum Failure {
    /**
     * No answer in time, or the connection was refused, reset or dropped before the answer
     * (contract: "timeout / ECONNRESET", Y010011).
     */
    TIMEOUT,
    /** An HTTP status other than 200, or another I/O or TLS failure (Y010012). */
    HTTP_ERROR,
    /** An answer that does not follow the wire format (Y010013). */
    INVALID_RESPONSE
  }

  private final Failure failure;
  private final boolean connectionFailure;

  public RnippException(Failure failure, String message) {
    this(failure, message, null);
  }

  public RnippException(Failure failure, String message, Throwable cause) {
    this(failure, message, cause, false);
  }

  private RnippException(
      Failure failure, String message, Throwable cause, boolean connectionFailure) {
    super(failure + ": " + message, cause);
    this.failure = failure;
    this.connectionFailure = connectionFailure;
  }

  /** A failure of the transport itself (I/O, TLS, timeout), as opposed to a bad answer. */
  static RnippException ofConnection(Failure failure, String message, Throwable cause) {
    return new RnippException(failure, message, cause, true);
  }

  public Failure failure() {
    return failure;
  }

  /** Whether the transport failed, so that the managed connection should leave the pool. */
  boolean isConnectionFailure() {
    return connectionFailure;
  }
}
