package fr.fc.oidc;

import fr.fc.audit.AuditContext;
import fr.fc.audit.AuditEvent;
import fr.fc.audit.AuditTrail;
import fr.fc.federation.IdpLoginService;
import fr.fc.registry.IdentityProviderRegistry;
import fr.fc.registry.ServiceProviderRegistry;
import fr.fc.session.Interaction;
import fr.fc.session.Interactions;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;

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

  /**
   * @throws fr.fc.shared.error.FcException when the request breaks a rule of the contract
   */
  public AuthorizationOutcome authorize(Map<String, String> parameters) {
    AuthorizationRequest request =
        new AuthorizationRequestValidator(
                serviceProviders::find,
                id -> identityProviders.findAvailable(id).isPresent(),
                provider.issuer().url())
            .validate(parameters);
    Interaction interaction = interactions.start(request);
    audit.record(
        AuditEvent.AUTHORIZE_INITIATED, AuditContext.of(interaction.uid(), request.clientId(), null), null, null);
    URI next =
        request.idpHint() == null
            ? URI.create(provider.issuer().endpoint("interaction/" + interaction.uid()))
            : idpLogin.redirect(interaction.uid(), interaction.csrfToken(), request.idpHint());
    return new AuthorizationOutcome(interaction.uid(), next);
  }

  /** Where the browser goes next, and the interaction it carries. */
  public record AuthorizationOutcome(String interactionUid, URI next) {}
}
