package fr.fc.federation;

import fr.fc.shared.error.FcError;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

/**
 * The claims of an IdP's userinfo answer (OIDC Core 5.3.2, contract section 2.1): a JSON object,
 * or a JWT (application/jwt) signed with the IdP's registered userinfo algorithm, whose iss and aud
 * must be the IdP's and fc's when present.
 */
final class IdpUserinfo {

  static final String JWT_MEDIA_TYPE = "application/jwt";
  private static final Logger LOG = Logger.getLogger(IdpUserinfo.class.getName());

  private IdpUserinfo() {}

  /**
   * @param contentType the answer's Content-Type, or null
   * @param signature the signature a JWT answer must carry
   * @throws IllegalArgumentException saying why the answer is refused
   */
  static Map<String, Object> claims(
      String contentType, String body, IdpSignature signature, String issuer, String clientId) {
    return isJwt(contentType) ? verified(body, signature, issuer, clientId) : JsonAnswer.parse(body);
  }

  /**
   * The userinfo must be about the ID token's subject (OIDC Core 5.3.2), else none of it is used; a
   * userinfo without sub is left to the identity check, which refuses it with its own code.
   *
   * @throws IdpFailure Y020027 when the subjects differ
   */
  static void requireSubjectOf(JwtClaims idToken, Map<String, Object> userinfo) {
    Object subject = userinfo.get("sub");
    if (subject != null && !subject.equals(idToken.getClaimValue("sub"))) {
      LOG.info("IdP userinfo refused: its sub is not the ID token's");
      throw new IdpFailure(FcError.IDP_USERINFO_FAILED);
    }
  }

  private static Map<String, Object> verified(String jwt, IdpSignature signature, String issuer, String clientId) {
    JwtConsumerBuilder builder =
        new JwtConsumerBuilder()
            .setAllowedClockSkewInSeconds(IdpIdTokenCheck.CLOCK_SKEW_SECONDS)
            .setExpectedIssuer(false, issuer)
            .setExpectedAudience(false, clientId);
    return signature.verify(jwt, builder).getClaimsMap();
  }

  static boolean isJwt(String contentType) {
    return contentType != null
        && contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT).equals(JWT_MEDIA_TYPE);
  }
}
