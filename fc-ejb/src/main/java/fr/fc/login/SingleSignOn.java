package fr.fc.login;

import fr.fc.audit.AuditContext;
import fr.fc.audit.AuditEvent;
import fr.fc.audit.AuditTrail;
import fr.fc.citizen.CitizenSpace;
import fr.fc.citizen.IdpChoices;
import fr.fc.federation.IdpExchange;
import fr.fc.federation.IdpFailure;
import fr.fc.federation.VerifiedIdentity;
import fr.fc.identity.PivotIdentity;
import fr.fc.identity.Subjects;
import fr.fc.oidc.Acr;
import fr.fc.oidc.AuthorizationRequest;
import fr.fc.oidc.EffectivePrompt;
import fr.fc.registry.IdentityProviderRegistration;
import fr.fc.registry.IdentityProviderRegistry;
import fr.fc.registry.RegisteredClient;
import fr.fc.session.OpaqueIds;
import fr.fc.session.PendingLogouts;
import fr.fc.session.SsoSession;
import fr.fc.session.SsoSessions;
import fr.fc.shared.config.Issuer;
import fr.fc.shared.config.Platform;
import fr.fc.shared.request.QueryUri;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * fc's session across SPs (DESIGN step 2, contract section 2.2): a login reuses the identity of the
 * browser's session instead of the IdP and the RNIPP; and the logout ends it, at the IdP too (1.12).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SingleSignOn {

  /** How long a FranceConnect+ session may be reused after its IdP login (contract 2.2 and 1.10). */
  static final long PLUS_SSO_SECONDS = 600;

  /** How far ahead of fc's clock an IdP's auth_time may be. */
  static final long CLOCK_SKEW_SECONDS = 30;

  private static final Logger LOG = Logger.getLogger(SingleSignOn.class.getName());

  @Inject private SsoSessions sessions;
  @Inject private PendingLogouts logouts;
  @Inject private IdpExchange idps;
  @EJB private IdentityProviderRegistry identityProviders;
  @EJB private Subjects subjects;
  @EJB private AuditTrail audit;
  @EJB private IdpChoices choices;

  /**
   * Opens the browser's session once an IdP login is verified, in place of the one it had, if any
   * (contract 2.2: a login at another IdP ends the SSO); returns its id, for the cookie.
   */
  public String replace(String previousSessionId, VerifiedIdentity identity, PivotIdentity registered, String idpIdToken) {
    sessions.end(previousSessionId);
    SsoSession session =
        new SsoSession(
            OpaqueIds.next(), identity.idpId(), registered, identity.claims(), identity.acr(), identity.amr(),
            identity.authTime(), idpIdToken);
    sessions.save(session);
    return session.id();
  }

  /** The session's identity for this SP, under its own sub, when SSO applies; the session slides. */
  public Optional<VerifiedIdentity> reuse(String sessionId, AuthorizationRequest request, RegisteredClient sp) {
    return sessions
        .use(sessionId)
        .filter(session -> !EffectivePrompt.demandsLogin(request, sp))
        .filter(session -> applies(
            session, request, offered(session.idpId(), sp, request.acr()), Instant.now().getEpochSecond()))
        .map(session -> identityFor(session, sp))
        .filter(identity -> choices.allows(identity.citizen(), identity.idpId()));
  }

  private boolean offered(String idpId, RegisteredClient sp, String acr) {
    return identityProviders.findAvailable(idpId).filter(idp -> Acr.reachable(idp.allowedAcrs(), acr)).isPresent()
        && sp.idpFilter().allows(idpId);
  }

  /**
   * Contract 2.2: the session's acr may be reused and satisfies the SP, its IdP is still offered
   * to this SP, and the SP did not name another IdP in idp_hint; nor did it ask, by max_age, for an
   * authentication more recent than the session's (OIDC Core 3.1.2.1; max_age=0 as prompt=login).
   */
  static boolean applies(SsoSession session, AuthorizationRequest request, boolean idpOffered, long nowSeconds) {
    return reusable(session, request.platform(), nowSeconds)
        && Acr.atLeast(session.acr(), request.acr())
        && idpOffered
        && (request.idpHint() == null || request.idpHint().equals(session.idpId()))
        && (request.maxAge() == null || request.maxAge() > 0 && nowSeconds - session.authTime() <= request.maxAge());
  }

  /**
   * Contract 2.2: a standard session at eidas1; a FranceConnect+ one at eidas2, for 10 minutes
   * after its IdP login; at eidas3, the citizen always authenticates again.
   */
  static boolean reusable(SsoSession session, Platform platform, long nowSeconds) {
    if (platform == Platform.PLUS) {
      long age = nowSeconds - session.authTime();
      return "eidas2".equals(session.acr()) && age >= -CLOCK_SKEW_SECONDS && age <= PLUS_SSO_SECONDS;
    }
    return Acr.EIDAS1.equals(session.acr());
  }

  private VerifiedIdentity identityFor(SsoSession session, RegisteredClient sp) {
    return new VerifiedIdentity(
        session.idpId(),
        session.claims(),
        subjects.forEntity(sp.entityId(), session.registered()),
        session.acr(),
        session.amr(),
        session.authTime(),
        subjects.citizen(CitizenSpace.CLIENT_ID, session.registered()),
        session.registered().email());
  }

  /**
   * Ends the browser's session when it is the citizen's whom the SP's ID token names. Another
   * citizen's ID token ends nothing: a logout link cannot end the sessions of the browsers it is
   * sent to.
   *
   * @param sp the SP that asks, as its ID token proves
   * @param sub the sub of that ID token
   * @return the session ended, or empty when the browser had none of that citizen's
   */
  public Optional<SsoSession> endIfCitizens(String sessionId, RegisteredClient sp, String sub) {
    return sessions
        .find(sessionId)
        .filter(session -> subjects.forEntity(sp.entityId(), session.registered()).equals(sub))
        .flatMap(session -> sessions.end(session.id()));
  }

  /**
   * The ended session's IdP logout, when its IdP has an end-session endpoint, fc's logout callback
   * as the way back.
   *
   * @param backToServiceProvider where the SP waits after the logout, or null for fc's page
   * @param issuer the issuer of the logout's platform, under which fc's logout callback is
   * @return the IdP's end-session URL, or empty when there is no IdP logout to chain
   */
  public Optional<URI> idpLogout(SsoSession ended, URI backToServiceProvider, Issuer issuer) {
    Optional<String> endpoint = identityProviders.find(ended.idpId()).flatMap(this::endSessionEndpoint);
    return endpoint.map(
        url ->
            QueryUri.of(url)
                .with("id_token_hint", ended.idpIdToken())
                .with("state", logouts.await(backToServiceProvider == null ? null : backToServiceProvider.toString()))
                .with("post_logout_redirect_uri", issuer.endpoint("client/logout-callback"))
                .build());
  }

  /** Back from the IdP's logout: where the SP waits, or empty for fc's "logged out" page. */
  public Optional<URI> afterIdpLogout(String state) {
    audit.record(AuditEvent.IDP_LOGOUT_COMPLETED, new AuditContext(null, null, null), null, null);
    return logouts.resume(state).map(URI::create);
  }

  // An IdP that cannot be reached now is not a reason to keep the citizen logged in to fc.
  private Optional<String> endSessionEndpoint(IdentityProviderRegistration idp) {
    try {
      return idps.endSessionEndpoint(idp);
    } catch (IdpFailure failure) {
      LOG.info(() -> "IdP " + idp.id() + " logout skipped: " + failure.getMessage());
      return Optional.empty();
    }
  }
}
