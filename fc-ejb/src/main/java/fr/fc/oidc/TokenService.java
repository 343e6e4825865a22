package fr.fc.oidc;

import fr.fc.audit.AuditContext;
import fr.fc.audit.AuditEvent;
import fr.fc.audit.AuditTrail;
import fr.fc.crypto.SigningKeys;
import fr.fc.registry.RegisteredClient;
import fr.fc.registry.ServiceProviderRegistry;
import fr.fc.session.AccessToken;
import fr.fc.session.AccessTokens;
import fr.fc.session.AuthorizationCode;
import fr.fc.session.AuthorizationCodes;
import fr.fc.session.EncryptedIdTokens;
import fr.fc.session.RedeemedCode;
import fr.fc.session.RedeemedCodes;
import fr.fc.shared.config.Configuration;
import fr.fc.shared.config.Issuer;
import fr.fc.shared.config.Platform;
import fr.fc.shared.config.Setting;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import fr.fc.shared.request.RequestParameters;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/** Step 7 of the brokered login, back-channel: the SP exchanges its code for its tokens. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class TokenService {

  @EJB private ServiceProviderRegistry registry;
  @EJB private AuditTrail audit;
  @EJB private SigningKeys signingKeys;
  @EJB private OpenIdProvider provider;
  @EJB private Configuration configuration;
  @Inject private AuthorizationCodes codes;
  @Inject private AccessTokens accessTokens;
  @Inject private RedeemedCodes redeemedCodes;
  @Inject private ServiceProviderEncryption encryption;
  @Inject private EncryptedIdTokens encryptedIdTokens;

  /**
   * @param form the token request's form parameters, first value of each
   * @param authorization the Authorization header, or null
   * @param platform the API the request came through: a code of the other one is not found
   * @throws fr.fc.shared.error.FcException when the request breaks a rule of the contract
   */
  public TokenResponse exchange(RequestParameters form, String authorization, Platform platform) {
    RegisteredClient client = new ClientAuthentication(registry::find).authenticate(form, authorization);
    TokenRequest request = TokenRequest.parse(form);
    if (platform == Platform.PLUS && client.servesOn(Platform.PLUS)) {
      encryption.requireKeys(client);
    }
    AuthorizationCode grant =
        new CodeRedemption(codes::redeem, redeemedCodes::find, accessTokens::revoke)
            .redeem(request.code(), client);
    if (grant.platform() != platform) {
      throw new FcException(FcError.CODE_NOT_FOUND);
    }
    request.verify(grant);
    long now = Instant.now().getEpochSecond();
    AccessToken token = AccessToken.issue(grant, now, accessTokens.lifetimeSeconds());
    Issuer issuer = provider.issuer(platform);
    String idToken =
        new IdTokenFactory(issuer, signingKeys.signer(), idTokenLifetime()).idToken(grant, client, now);
    if (platform == Platform.PLUS) {
      String signed = idToken;
      idToken = encryption.idToken(signed, client, issuer);
      encryptedIdTokens.remember(idToken, signed);
    }
    accessTokens.store(token);
    redeemedCodes.remember(request.code(), new RedeemedCode(client.clientId(), token.token()));
    audit.record(
        AuditEvent.TOKEN_ISSUED, token.auditContext(), grant.sub(), null);
    return TokenResponse.of(token, idToken);
  }

  private Duration idTokenLifetime() {
    return configuration.settings().duration(Setting.ID_TOKEN_LIFETIME);
  }
}
