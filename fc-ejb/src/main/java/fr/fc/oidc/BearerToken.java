package fr.fc.oidc;

import fr.fc.session.AccessToken;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import java.util.Optional;

/**
 * The access token an SP presents at the userinfo endpoint: in the Authorization header (RFC 6750
 * section 2.1) or, as the contract accepts, as the access_token parameter; the header wins.
 */
public final class BearerToken {

  private static final String BEARER = "bearer ";

  private BearerToken() {}

  /**
   * @param authorization the Authorization header, or null
   * @param parameter the access_token query or form parameter, or null
   * @throws FcException ACCESS_TOKEN_MISSING when neither carries a token
   */
  public static String extract(String authorization, String parameter) {
    if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      String token = authorization.substring(BEARER.length()).trim();
      if (!token.isEmpty()) {
        return token;
      }
    }
    if (parameter != null && !parameter.isEmpty()) {
      return parameter;
    }
    throw new FcException(FcError.ACCESS_TOKEN_MISSING);
  }

  /**
   * @param found the token as looked up: empty when unknown, expired or revoked
   * @param now seconds since the epoch
   * @throws FcException ACCESS_TOKEN_NOT_FOUND unless found and not expired
   */
  public static AccessToken requireActive(Optional<AccessToken> found, long now) {
    return found.filter(token -> !token.isExpiredAt(now)).orElseThrow(BearerToken::notFound);
  }

  public static FcException notFound() {
    return new FcException(FcError.ACCESS_TOKEN_NOT_FOUND);
  }
}
