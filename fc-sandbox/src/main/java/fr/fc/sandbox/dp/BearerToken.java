package fr.fc.sandbox.dp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The access token of an Authorization header, "Bearer" scheme (RFC 6750 section 2.1). */
final class BearerToken {

  private static final Pattern BEARER = Pattern.compile("(?i)Bearer +([A-Za-z0-9\\-._~+/]+=*) *");

  private BearerToken() {}

  /** The token; fails with INVALID_REQUEST when the header holds none. */
  static String of(String authorization) {
    Matcher bearer = BEARER.matcher(authorization == null ? "" : authorization);
    if (!bearer.matches()) {
      throw new DpException(
          DpError.INVALID_REQUEST,
          "the SP's access token is required as Authorization: Bearer <access token>");
    }
    return bearer.group(1);
  }
}
