package fr.fc.federation;

import java.util.stream.Collectors;
import org.jose4j.jwt.consumer.ErrorCodeValidator;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;

/**
 * Why an IdP's JWT was refused, in words fit for the log. jose4j's own messages quote the whole
 * token, whose payload may carry the citizen's identity: they never reach the log.
 */
final class JwtRefusal {

  private JwtRefusal() {}

  static String reason(InvalidJwtException refused) {
    if (refused.hasErrorCode(ErrorCodes.SIGNATURE_INVALID)) {
      return "invalid signature";
    }
    if (refused.getCause() != null) {
      // The algorithm not permitted, a key too short, a malformed token: the cause names it alone.
      return refused.getCause().getMessage();
    }
    return refused.getErrorDetails().stream()
        .map(ErrorCodeValidator.Error::getErrorMessage)
        .collect(Collectors.joining("; "));
  }
}
