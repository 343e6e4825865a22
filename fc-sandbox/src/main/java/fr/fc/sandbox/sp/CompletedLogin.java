package fr.fc.sandbox.sp;

/**
 * A login fc completed: the citizen it identified, and the access token that lets the SP call data
 * providers for the next 60 seconds (contract section 1.10). The token is never kept.
 */
record CompletedLogin(LoggedInCitizen citizen, String accessToken) {

  /** No token in logs. */
  @Override
  public String toString() {
    return "CompletedLogin[" + citizen.claims().get("sub") + "]";
  }
}
