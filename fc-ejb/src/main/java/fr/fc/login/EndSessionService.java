package fr.fc.login;

import fr.fc.audit.AuditContext;
import fr.fc.audit.AuditEvent;
import fr.fc.audit.AuditTrail;
import fr.fc.crypto.SigningKeys;
import fr.fc.oidc.IdTokenHint;
import fr.fc.oidc.OpenIdProvider;
import fr.fc.registry.RegisteredClient;
import fr.fc.registry.ServiceProviderRegistry;
import fr.fc.session.EncryptedIdTokens;
import fr.fc.session.SsoSession;
import fr.fc.shared.config.Platform;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import fr.fc.shared.request.QueryUri;
import fr.fc.shared.request.RequestParameters;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import java.util.Set;

/**
 * RP-initiated logout (contract section 1.12): the SP proves who asks with an ID token fc issued
 * to it, and may name one of its registered post-logout URIs to come back to.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class EndSessionService {

  static final Set<String> PARAMETERS =
      Set.of("id_token_hint", "post_logout_redirect_uri", "state", "client_id", "logout_hint", "ui_locales");

  @EJB private ServiceProviderRegistry serviceProviders;
  @EJB private SigningKeys signingKeys;
  @EJB private OpenIdProvider provider;
  @EJB private AuditTrail audit;
  @EJB private SingleSignOn sso;
  @Inject private EncryptedIdTokens encryptedIdTokens;

  /**
   * Ends the browser's fc session too, and chains through its IdP's logout when the IdP has one.
   *
   * @param sessionId the browser's fc session, or null
   * @param platform the API the request came through, whose issuer the ID token hint must name; on
   *     FranceConnect+ the hint is the JWE fc sent (recognised while an fc session may live), or the
   *     signed ID token inside it
   * @return where the browser goes next, and whether its session ended
   * @throws FcException Y030120 for a request fc must refuse
   */
  public Logout endSession(RequestParameters parameters, String sessionId, Platform platform) {
    if (!PARAMETERS.containsAll(parameters.asMap().keySet())) {
      throw new FcException(FcError.LOGOUT_REQUEST_INVALID);
    }
    String given = parameters.get("id_token_hint");
    IdTokenHint hint = IdTokenHint.verify(
        encryptedIdTokens.signedOf(given).orElse(given), provider.issuer(platform), signingKeys.keys(), this::client);
    RegisteredClient client = hint.client();
    if (parameters.get("client_id") != null && !parameters.get("client_id").equals(client.clientId())) {
      throw new FcException(FcError.LOGOUT_REQUEST_INVALID);
    }
    URI back = backToServiceProvider(client, parameters);
    audit.record(AuditEvent.SESSION_TERMINATED, new AuditContext(null, client.clientId(), null), hint.sub(), null);
    Optional<SsoSession> ended = sso.endIfCitizens(sessionId, client, hint.sub());
    Optional<URI> idpLogout = ended.flatMap(session -> sso.idpLogout(session, back, provider.issuer(platform)));
    idpLogout.ifPresent(
        url -> audit.record(AuditEvent.IDP_LOGOUT_REQUESTED, new AuditContext(null, client.clientId(), null), hint.sub(), null));
    return new Logout(idpLogout.or(() -> Optional.ofNullable(back)), ended.isPresent());
  }

  /**
   * @param next the IdP's end-session URL or the SP's post-logout URI, or empty for fc's own
   *     "logged out" page
   * @param sessionEnded whether the browser's fc session ended (its cookie is then forgotten)
   */
  public record Logout(Optional<URI> next, boolean sessionEnded) {}

  /** The SP's registered post-logout URI with its state, or null for fc's own page. */
  private static URI backToServiceProvider(RegisteredClient client, RequestParameters parameters) {
    String back = parameters.get("post_logout_redirect_uri");
    if (back == null) {
      return null;
    }
    if (!client.postLogoutRedirectUris().contains(back)) {
      throw new FcException(FcError.LOGOUT_REQUEST_INVALID);
    }
    return QueryUri.of(back).with("state", parameters.get("state")).build();
  }

  private Optional<RegisteredClient> client(String clientId) {
    return serviceProviders.find(clientId);
  }
}
