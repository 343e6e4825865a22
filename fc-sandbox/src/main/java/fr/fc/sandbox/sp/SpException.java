package fr.fc.sandbox.sp;

/** A failure of the SP's flows, shown to the citizen as an error page that says what failed. */
class SpException extends RuntimeException {

  private final SpFailure failure;

  SpException(SpFailure failure, String detail) {
    super(detail);
    this.failure = failure;
  }

  SpException(SpFailure failure, String detail, Throwable cause) {
    super(detail, cause);
    this.failure = failure;
  }

  SpFailure failure() {
    return failure;
  }

  /** The technical detail, in English, safe to show: no token, code or secret. */
  String detail() {
    return getMessage();
  }
}
