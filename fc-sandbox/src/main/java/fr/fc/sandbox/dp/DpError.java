package fr.fc.sandbox.dp;

/** What the data provider answers instead of tax data: an HTTP status and an error code. */
enum DpError {
  /** The request lacks the SP's access token as a Bearer token, or has a malformed parameter. */
  INVALID_REQUEST(400, "invalid_request"),
  /** fc says the access token is unknown, expired or revoked. */
  INVALID_TOKEN(401, "invalid_token"),
  /** The citizen granted the SP no scope of this data provider. */
  INSUFFICIENT_SCOPE(403, "insufficient_scope"),
  /** No tax household, or more than one, matches the citizen's identity. */
  NOT_FOUND(404, "not_found"),
  /** fc could not be reached, refused the data provider, or answered what it cannot read. */
  FC_UNAVAILABLE(502, "fc_unavailable"),
  /** A bug of the data provider. */
  SERVER_ERROR(500, "server_error");

  private final int status;
  private final String code;

  DpError(int status, String code) {
    this.status = status;
    this.code = code;
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }
}
