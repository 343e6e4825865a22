package fr.fc.oidc;

import fr.fc.shared.request.RequestParameters;
import fr.fc.session.AuthorizationCode;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;

/**
 * An authorization code grant request at the token endpoint (RFC 6749 section 4.1.3, contract
 * section 1.3), with the rules that bind it to its authorization request.
 *
 * @param redirectUri null when the SP sent none
 * @param codeVerifier the PKCE verifier, or null when the SP sent none
 */
public record TokenRequest(String code, String redirectUri, String codeVerifier) {

  static final String AUTHORIZATION_CODE = "authorization_code";

  /**
   * @throws FcException GRANT_TYPE_MISSING, GRANT_TYPE_UNSUPPORTED unless grant_type is
   *     authorization_code, or CODE_MISSING
   */
  public static TokenRequest parse(RequestParameters form) {
    String grantType = form.get("grant_type");
    if (grantType == null) {
      throw new FcException(FcError.GRANT_TYPE_MISSING);
    }
    if (!AUTHORIZATION_CODE.equals(grantType)) {
      throw new FcException(FcError.GRANT_TYPE_UNSUPPORTED);
    }
    String code = form.get("code");
    if (code == null) {
      throw new FcException(FcError.CODE_MISSING);
    }
    return new TokenRequest(code, form.get("redirect_uri"), form.get("code_verifier"));
  }

  /**
   * Checks that this request continues the authorization request the code was issued to.
   *
   * @throws FcException REDIRECT_URI_MISMATCH, or PKCE_MISMATCH when the verifier does not match
   *     the challenge, is missing while a challenge was sent, or is sent without a challenge
   */
  public void verify(AuthorizationCode grant) {
    if (!grant.redirectUri().equals(redirectUri)) {
      throw new FcException(FcError.REDIRECT_URI_MISMATCH);
    }
    boolean pkce = grant.codeChallenge() != null || codeVerifier != null;
    if (pkce && !Pkce.verifies(codeVerifier, grant.codeChallenge())) {
      throw new FcException(FcError.PKCE_MISMATCH);
    }
  }
}
