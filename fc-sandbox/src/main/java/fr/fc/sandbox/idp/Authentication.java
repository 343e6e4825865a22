package fr.fc.sandbox.idp;

import java.time.Instant;

/**
 * A user's successful login at an IdP for one authorization request: what an authorization code and
 * then an access token stand for. The session id names the IdP session in ID tokens (sid).
 */
record Authentication(
    AuthorizationRequest request, DemoAccount account, Instant time, String sessionId) {

  String subject() {
    return account.subjectAt(request.idpId());
  }
}
