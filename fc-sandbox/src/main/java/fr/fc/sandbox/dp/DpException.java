package fr.fc.sandbox.dp;

/**
 * A refusal of the data provider, answered as {"error": ..., "message": ...}. The message is in
 * English and safe to show: no token, no secret, no identity.
 */
class DpException extends RuntimeException {

  private final DpError error;

  DpException(DpError error, String message) {
    super(message);
    this.error = error;
  }

  DpException(DpError error, String message, Throwable cause) {
    super(message, cause);
    this.error = error;
  }

  DpError error() {
    return error;
  }
}
