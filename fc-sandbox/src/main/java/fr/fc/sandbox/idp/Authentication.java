package fr.fc.sandbox.idp;

import java.time.Instant;
import java.util.List;

/**
 * A user's successful login at an IdP for one authorization request: what an authorization code and
 * then an access token stand for. The session id names the IdP session in ID tokens (sid); amr
 * says how the user authenticated.
 */
record Authentication(
    AuthorizationRequest request, DemoAccount account, Instant time, String sessionId, List<String> amr) {

  /** A login with a password only. */
  Authentication(AuthorizationRequest request, DemoAccount account, Instant time, String sessionId) {
    this(request, account, time, sessionId, List.of("pwd"));
  }

  String subject() {
    return account.subjectAt(request.idpId());
  }
}
