package fr.fc.login;

import fr.fc.audit.AuditContext;
import fr.fc.audit.AuditEvent;
import fr.fc.audit.AuditTrail;
import fr.fc.federation.VerifiedIdentity;
import fr.fc.oidc.Acr;
import fr.fc.oidc.AuthorizationRequest;
import fr.fc.oidc.AuthorizationRequestValidator;
import fr.fc.oidc.OpenIdProvider;
import fr.fc.registry.IdentityProviderRegistry;
import fr.fc.registry.RegisteredClient;
import fr.fc.registry.ServiceProviderRegistry;
import fr.fc.session.BrowserBinding;
import fr.fc.shared.config.Platform;
import fr.fc.shared.request.RequestParameters;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Step 1 of the brokered login: an SP's authorization request becomes a citizen's interaction,
 * which goes on at the IdP choice page, or straight at the IdP the SP named in idp_hint.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AuthorizationService {

  @EJB private ServiceProviderRegistry serviceProviders;
  @EJB private IdentityProviderRegistry identityProviders;
  @EJB private OpenIdProvider provider;
  @EJB private IdpLoginService idpLogin;
  @Inject private Interactions interactions;
  @EJB private AuditTrail audit;
  @EJB private SingleSignOn sso;
  @EJB private ConsentService consent;

  /**
   * @param sessionId the browser's fc session, or null
   * @param platform the API the request came through
   * @throws fr.fc.shared.error.FcException when the request breaks a rule of the contract
   */
  public AuthorizationOutcome authorize(RequestParameters parameters, String sessionId, Platform platform) {
    AuthorizationRequest request =
        new AuthorizationRequestValidator(
                serviceProviders::find,
                this::offersAt,
                provider.issuer(platform).url())
            .validate(parameters, platform);
    String browserSecret = BrowserBinding.newSecret();
    Interaction interaction = interactions.start(request, browserSecret);
    audit.record(
        AuditEvent.AUTHORIZE_INITIATED, AuditContext.of(interaction.uid(), request.clientId(), null), null, null);
    RegisteredClient sp = serviceProviders.find(request.clientId()).orElseThrow();
    return sso.reuse(sessionId, request, sp)
        .map(identity -> new AuthorizationOutcome(browserSecret, withSession(interaction, identity), sessionId))
        .orElseGet(() -> new AuthorizationOutcome(browserSecret, withoutSession(interaction, browserSecret), null));
  }

  /** Whether fc offers this IdP to a login at this level (an idp_hint must name one). */
  private boolean offersAt(String idpId, String acr) {
    return identityProviders.findAvailable(idpId).filter(idp -> Acr.reachable(idp.allowedAcrs(), acr)).isPresent();
  }

  /** Straight to the information page, or to the SP when its whitelisted prompt skips it (contract 2.2). */
  private NextStep withSession(Interaction interaction, VerifiedIdentity identity) {
    Interaction verified = interaction.withIdentity(identity);
    interactions.update(verified);
    audit.record(
        AuditEvent.SSO_SESSION_REUSED,
        AuditContext.of(interaction.uid(), interaction.request().clientId(), identity.idpId()),
        identity.sub(),
        null);
    return consent
        .straightToServiceProvider(verified)
        .<NextStep>map(NextStep.ServiceProvider::new)
        .orElseGet(() -> new NextStep.Information(interaction.uid()));
  }

  private NextStep withoutSession(Interaction interaction, String browserSecret) {
    AuthorizationRequest request = interaction.request();
    return request.idpHint() == null
        ? new NextStep.IdpChoice(interaction.uid(), null)
        : new NextStep.IdentityProvider(
            idpLogin.redirect(interaction.uid(), browserSecret, interaction.csrfToken(), request.idpHint()));
  }

  /**
   * Where the browser goes next, and the secret of its interaction cookie.
   *
   * @param browserSecret binds the interaction to this browser (see {@link BrowserBinding})
   * @param sessionId the browser's fc session when the login reused it (its cookie slides), else null
   */
  public record AuthorizationOutcome(String browserSecret, NextStep next, String sessionId) {}
}
