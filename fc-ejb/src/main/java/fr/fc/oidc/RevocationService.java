package fr.fc.oidc;

import fr.fc.shared.request.RequestParameters;
import fr.fc.audit.AuditContext;
import fr.fc.audit.AuditEvent;
import fr.fc.audit.AuditTrail;
import fr.fc.registry.RegisteredClient;
import fr.fc.registry.ServiceProviderRegistry;
import fr.fc.session.AccessToken;
import fr.fc.session.AccessTokens;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Token revocation (RFC 7009; the contract's /api/v2/token/revocation): an authenticated SP
 * revokes one of its access tokens. fc issues no refresh token, so the token_type_hint changes
 * nothing; a token fc does not know, or another SP's, is answered the same way and left alone.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class RevocationService {

  @EJB private ServiceProviderRegistry registry;
  @EJB private AuditTrail audit;
  @Inject private AccessTokens accessTokens;

  /**
   * @param form the revocation request's form parameters, first value of each
   * @param authorization the Authorization header, or null
   * @throws FcException invalid_client (401) for a client fc cannot authenticate, invalid_request
   *     without a token
   */
  public void revoke(RequestParameters form, String authorization) {
    RegisteredClient client = new ClientAuthentication(registry::find).authenticate(form, authorization);
    String token = form.get("token");
    if (token == null) {
      throw new FcException(FcError.REVOCATION_TOKEN_MISSING);
    }
    accessTokens
        .find(token)
        .filter(issued -> issued.clientId().equals(client.clientId()))
        .ifPresent(this::revoke);
  }

  private void revoke(AccessToken issued) {
    accessTokens.revoke(issued.token());
    audit.record(AuditEvent.TOKEN_REVOKED, issued.auditContext(), issued.sub(), null);
  }
}
