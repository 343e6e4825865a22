package fr.fc.oidc;

import fr.fc.audit.AuditEvent;
import fr.fc.audit.AuditTrail;
import fr.fc.crypto.SigningKeys;
import fr.fc.registry.RegisteredClient;
import fr.fc.registry.ServiceProviderRegistry;
import fr.fc.session.AccessToken;
import fr.fc.session.AccessTokens;
import fr.fc.shared.config.Issuer;
import fr.fc.shared.config.Platform;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;

/** Step 7 of the brokered login, back-channel: the SP reads the citizen's claims with its token. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class UserinfoService {

  @EJB private ServiceProviderRegistry registry;
  @EJB private SigningKeys signingKeys;
  @EJB private OpenIdProvider provider;
  @Inject private AccessTokens accessTokens;
  @EJB private AuditTrail audit;
  @Inject private ServiceProviderEncryption encryption;

  /**
   * @param authorization the Authorization header, or null
   * @param accessTokenParameter the access_token query or form parameter, or null
   * @param platform the API the request came through: a token of another is not found
   * @return the signed userinfo response, a compact JWS; on FranceConnect+, encrypted to the SP's key
   * @throws fr.fc.shared.error.FcException when no token is presented, or no active one
   */
  public String userinfo(String authorization, String accessTokenParameter, Platform platform) {
    long now = Instant.now().getEpochSecond();
    AccessToken token = activeToken(authorization, accessTokenParameter, platform, now);
    RegisteredClient client = registry.find(token.clientId()).orElseThrow(BearerToken::notFound);
    Issuer issuer = provider.issuer(platform);
    String answer =
        signingKeys.signer().sign(UserinfoClaims.of(token, issuer, now), client.userinfoSigningAlg(), client.signingSecret());
    if (platform == Platform.PLUS) {
      answer = encryption.userinfo(answer, client, issuer);
    }
    audit.record(AuditEvent.USERINFO_ANSWERED, token.auditContext(), token.sub(), null);
    return answer;
  }

  /**
   * The v1 userinfo (contract section 1.5): sub and the released claims, as plain JSON.
   *
   * @throws fr.fc.shared.error.FcException when no token is presented, or no active v1 one
   */
  public Map<String, Object> userinfoV1(String authorization) {
    long now = Instant.now().getEpochSecond();
    AccessToken token = activeToken(authorization, null, Platform.V1, now);
    Map<String, Object> claims = UserinfoClaims.of(token, provider.issuer(), now).getClaimsMap(UserinfoClaims.ENVELOPE);
    audit.record(AuditEvent.USERINFO_ANSWERED, token.auditContext(), token.sub(), null);
    return claims;
  }

  private AccessToken activeToken(String authorization, String accessTokenParameter, Platform platform, long now) {
    String presented = BearerToken.extract(authorization, accessTokenParameter);
    return BearerToken.requireActive(accessTokens.find(presented).filter(token -> token.platform() == platform), now);
  }
}
