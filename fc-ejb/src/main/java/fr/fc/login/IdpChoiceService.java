package fr.fc.login;

import fr.fc.audit.AuditContext;
import fr.fc.audit.AuditEvent;
import fr.fc.audit.AuditTrail;
import fr.fc.citizen.CitizenSpace;
import fr.fc.citizen.IdpChoices;
import fr.fc.federation.IdpChoice;
import fr.fc.identity.Subjects;
import fr.fc.oidc.Acr;
import fr.fc.oidc.OpenIdProvider;
import fr.fc.registry.IdentityProviderRegistration;
import fr.fc.registry.IdentityProviderRegistry;
import fr.fc.registry.RegisteredClient;
import fr.fc.registry.ServiceProviderRegistry;
import fr.fc.session.SsoSession;
import fr.fc.session.SsoSessions;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;

/** Step 3 of the brokered login: the choice of an identity provider, or the way back to the SP. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class IdpChoiceService {

  @Inject private Interactions interactions;
  @EJB private ServiceProviderRegistry serviceProviders;
  @EJB private IdentityProviderRegistry identityProviders;
  @Inject private SsoSessions sessions;
  @EJB private OpenIdProvider provider;
  @EJB private AuditTrail audit;
  @EJB private IdpChoices choices;
  @EJB private Subjects subjects;

  /**
   * The IdPs fc displays, that reach the level the SP asked for and the SP allows (its idpFilter),
   * in the registry's order, the unavailable ones greyed; and the IdP of the browser's fc session,
   * greyed, when the SP excludes it (contract 2.2: the citizen sees why they must log in again).
   *
   * @param browserSecret the browser's interaction cookie: the interaction must be its own
   * @param sessionId the browser's fc session, or null
   * @throws FcException Y190001 when the interaction is unknown, expired or another browser's
   */
  public IdpChoice choices(String uid, String browserSecret, String sessionId) {
    Interaction interaction = interaction(uid, browserSecret);
    RegisteredClient sp = serviceProvider(interaction);
    Optional<SsoSession> session = sessions.use(sessionId);
    String sessionIdp = session.map(SsoSession::idpId).orElse(null);
    Optional<IdpChoices.Chosen> chosen =
        session.flatMap(
            known -> choices.enforcedFor(subjects.citizen(CitizenSpace.CLIENT_ID, known.registered()), sp.clientId()));
    IdpChoice choice = new IdpChoice(
        interaction.uid(),
        interaction.csrfToken(),
        sp.name(),
        identityProviders.all().stream()
            .filter(IdentityProviderRegistration::displayed)
            .filter(idp -> Acr.reachable(idp.allowedAcrs(), interaction.request().acr()))
            .filter(idp -> sp.idpFilter().allows(idp.id()) || idp.id().equals(sessionIdp))
            .map(idp -> tile(idp, sp, chosen.map(c -> !c.allows(idp.id())).orElse(false)))
            .toList(),
        interaction.request().uiLocales());
    audit.record(AuditEvent.IDP_CHOICE_SHOWN, AuditContext.of(uid, sp.clientId(), null), null, null);
    return choice;
  }

  /**
   * @param blocked whether the citizen, known by the browser's fc session, blocked this IdP in
   *     their space: greyed with that reason
   */
  private static IdpChoice.Tile tile(IdentityProviderRegistration idp, RegisteredClient sp, boolean blocked) {
    boolean excluded = !sp.idpFilter().allows(idp.id());
    return new IdpChoice.Tile(
        idp.id(), idp.title(), idp.available() && !excluded && !blocked, idp.beta(), excluded, blocked,
        idp.logo() != null);
  }

  /**
   * The citizen goes back to the SP without logging in: the interaction ends.
   *
   * @return the SP's redirect URI with access_denied, "user authentication aborted"
   */
  public NextStep.ServiceProvider cancel(String uid, String browserSecret) {
    Interaction interaction = interaction(uid, browserSecret);
    interactions.end(uid);
    audit.record(
        AuditEvent.LOGIN_ABANDONED, AuditContext.of(uid, interaction.request().clientId(), null), null,
        FcError.USER_CANCELLED.code());
    return new NextStep.ServiceProvider(
        ServiceProviderRedirect.withError(
            interaction.request(), FcError.USER_CANCELLED, provider.issuerOf(interaction.request())));
  }

  /** The SP the browser's interaction logs in to, while the interaction lasts. */
  public Optional<LoginUnderWay> loginUnderWay(String browserSecret) {
    return interactions
        .ofBrowser(browserSecret)
        .flatMap(
            interaction ->
                serviceProviders
                    .find(interaction.request().clientId())
                    .map(sp -> new LoginUnderWay(interaction.uid(), sp.name())));
  }

  /** A browser's interaction and the name of its SP. */
  public record LoginUnderWay(String interactionUid, String spName) {}

  private Interaction interaction(String uid, String browserSecret) {
    return interactions.bound(uid, browserSecret).orElseThrow(() -> new FcException(FcError.INTERACTION_UNKNOWN));
  }

  private RegisteredClient serviceProvider(Interaction interaction) {
    return serviceProviders
        .find(interaction.request().clientId())
        .orElseThrow(() -> new FcException(FcError.CLIENT_UNKNOWN));
  }
}
