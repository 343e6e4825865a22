package fr.fc.login;

import fr.fc.audit.AuditContext;
import fr.fc.audit.AuditEvent;
import fr.fc.audit.AuditTrail;
import fr.fc.citizen.LoginNotices;
import fr.fc.data.ConsentRecords;
import fr.fc.data.DataScope;
import fr.fc.data.IdentityScope;
import fr.fc.data.TransmittedClaims;
import fr.fc.federation.VerifiedIdentity;
import fr.fc.oidc.AuthorizationRequest;
import fr.fc.oidc.EffectivePrompt;
import fr.fc.oidc.OpenIdProvider;
import fr.fc.registry.DataProviderRegistry;
import fr.fc.registry.RegisteredClient;
import fr.fc.registry.RegisteredDataProvider;
import fr.fc.registry.ServiceProviderRegistry;
import fr.fc.session.AuthorizationCode;
import fr.fc.session.AuthorizationCodes;
import fr.fc.session.BrowserBinding;
import fr.fc.session.CompletedLogin;
import fr.fc.session.CompletedLogins;
import fr.fc.session.OpaqueIds;
import fr.fc.session.SsoSessions;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Steps 6 and 7 of the brokered login: the information page (the consent page when the SP must
 * collect consent), unless the SP's whitelisted prompt skips it, then the single-use code that
 * sends the citizen back to the SP.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ConsentService {

  private static final Logger LOG = Logger.getLogger(ConsentService.class.getName());

  /** Claims that are protocol, not identity: never listed as transmitted data. */
  private static final Set<String> TECHNICAL_CLAIMS = Set.of("sub", "amr", "idp_id");

  @Inject private Interactions interactions;
  @Inject private AuthorizationCodes codes;
  @Inject private CompletedLogins completedLogins;
  @Inject private SsoSessions sessions;
  @EJB private ServiceProviderRegistry serviceProviders;
  @EJB private DataProviderRegistry dataProviders;
  @EJB private ConsentRecords consents;
  @EJB private OpenIdProvider provider;
  @EJB private AuditTrail audit;
  @EJB private LoginNotices notices;

  /**
   * The page the citizen is shown (an audited event).
   *
   * @param browserSecret the browser's interaction cookie: the interaction must be its own
   */
  public ConsentView view(String uid, String browserSecret) {
    Interaction interaction = interaction(uid, browserSecret);
    ConsentView page = view(interaction);
    record(AuditEvent.INFORMATION_PAGE_SHOWN, interaction);
    return page;
  }

  /**
   * The page's form: the code (30 s, single use) and the end of the interaction, unless the SP
   * must collect consent and the box was not ticked. The same form sent again while the code
   * lives gets the same way back to the SP.
   *
   * @param browserSecret the browser's interaction cookie: the interaction must be its own
   * @param consentGiven whether the consent box was ticked
   * @throws FcException Y190001 for an interaction fc does not know or another browser's,
   *     Y470001/Y470002 for a form without its CSRF token
   */
  public LoginOutcome continueToServiceProvider(
      String uid, String browserSecret, String csrfToken, boolean consentGiven) {
    if (!BrowserBinding.holds(browserSecret, uid)) {
      throw new FcException(FcError.INTERACTION_UNKNOWN);
    }
    Optional<Interaction> found = interactions.find(uid);
    if (found.isEmpty()) {
      return new LoginOutcome.ToServiceProvider(completion().repeated(uid, csrfToken));
    }
    Interaction interaction = Interactions.requireCsrf(found.get(), csrfToken);
    ConsentView page = view(interaction);
    if (page.consentRequired() && !consentGiven) {
      record(AuditEvent.CONSENT_MISSING, interaction);
      return new LoginOutcome.ConsentMissing(page);
    }
    return new LoginOutcome.ToServiceProvider(returnToServiceProvider(interaction, page.notice()));
  }

  /**
   * The citizen refuses what the consent page asks: the refusal is kept, the interaction ends,
   * and the SP gets access_denied.
   *
   * @throws FcException Y190001 for an interaction fc does not know or another browser's,
   *     Y470001/Y470002 for a form without its CSRF token
   */
  public NextStep.ServiceProvider refuse(String uid, String browserSecret, String csrfToken) {
    Interaction interaction = Interactions.requireCsrf(interaction(uid, browserSecret), csrfToken);
    VerifiedIdentity identity = identity(interaction);
    consents.record(interaction.request().clientId(), identity.sub(), interaction.request().scopes(), false);
    interactions.end(uid);
    record(AuditEvent.CONSENT_REFUSED, interaction);
    return new NextStep.ServiceProvider(
        ServiceProviderRedirect.withError(
            interaction.request(), FcError.CONSENT_REFUSED, provider.issuerOf(interaction.request())));
  }

  /**
   * "Ce n'est pas vous ?": the identity shown is not the citizen's (another person's account at
   * the IdP, a shared computer). fc forgets it and ends the browser's fc session, and the citizen
   * chooses an IdP again, where they log in anew (fc always asks the IdP for prompt=login).
   *
   * @param sessionId the browser's fc session, or null: it ends
   * @throws FcException Y190001 for an interaction fc does not know or another browser's,
   *     Y470001/Y470002 for a form without its CSRF token
   */
  public NextStep.IdpChoice changeAccount(String uid, String browserSecret, String csrfToken, String sessionId) {
    Interaction interaction = Interactions.requireCsrf(interaction(uid, browserSecret), csrfToken);
    Optional<VerifiedIdentity> shown = interaction.verifiedIdentity();
    if (shown.isEmpty()) {
      return new NextStep.IdpChoice(uid, null); // the same form sent twice: done already
    }
    AuditContext context = context(interaction);
    sessions.end(sessionId);
    interactions.update(interaction.withIdpLogin(null));
    audit.record(AuditEvent.ACCOUNT_CHANGE_REQUESTED, context, shown.get().sub(), null);
    return new NextStep.IdpChoice(uid, null);
  }

  /**
   * The way straight back to the SP, the information page skipped, when its effective prompt does
   * not ask for consent (a whitelisted prompt=login) and the SP need not collect consent: the code
   * is issued and the interaction ends.
   *
   * @param verified the interaction, its identity just verified on the IdP's callback
   * @return empty when the citizen must see the information page
   */
  public Optional<URI> straightToServiceProvider(Interaction verified) {
    DataTransferNotice notice = view(verified).notice();
    if (!notice.skippedBy(EffectivePrompt.of(verified.request(), serviceProvider(verified)))) {
      return Optional.empty();
    }
    return Optional.of(returnToServiceProvider(verified, notice));
  }

  private URI returnToServiceProvider(Interaction interaction, DataTransferNotice notice) {
    AuthorizationCode code = code(interaction);
    URI redirect =
        ServiceProviderRedirect.withCode(interaction.request(), code.code(), provider.issuerOf(interaction.request()));
    return completion()
        .complete(
            new CompletedLogin(interaction.uid(), interaction.csrfToken(), redirect),
            () -> issue(interaction, code, notice));
  }

  // Journaled before the code can be redeemed: a node killed in between must not leave a login that
  // completes, its form sent again to another node (which answers with this redirect), without its event.
  private void issue(Interaction interaction, AuthorizationCode code, DataTransferNotice notice) {
    if (notice.consentRequired()) {
      consents.record(interaction.request().clientId(), code.sub(), interaction.request().scopes(), true);
      record(AuditEvent.CONSENT_GIVEN, interaction);
    }
    VerifiedIdentity identity = identity(interaction);
    AuditContext context = context(interaction);
    audit.recordConnection(AuditEvent.REDIRECTED_TO_SP, context, identity.sub(), identity.citizen());
    codes.store(code);
    interactions.end(interaction.uid());
    try {
      notices.loggedIn(identity, context, identity.sub());
    } catch (RuntimeException e) {
      // The code is issued: the notice must not fail the login.
      LOG.log(Level.WARNING, "The notice of a login could not be queued", e);
      audit.record(AuditEvent.LOGIN_NOTICE_FAILED, context, identity.sub(), null, "{\"reason\":\"not queued\"}");
    }
  }

  private static AuthorizationCode code(Interaction interaction) {
    VerifiedIdentity identity = identity(interaction);
    AuthorizationRequest request = interaction.request();
    return new AuthorizationCode(
        OpaqueIds.next(),
        request.clientId(),
        request.redirectUri(),
        request.scopes(),
        request.nonce(),
        identity.acr(),
        request.codeChallenge(),
        request.amrRequested(),
        identity.amr(),
        identity.sub(),
        identity.claims(),
        identity.authTime(),
        identity.idpId(),
        AuditContext.flowIdOf(interaction.uid()),
        request.platform());
  }

  private LoginCompletion completion() {
    return new LoginCompletion(completedLogins::claim, completedLogins::find);
  }

  private ConsentView view(Interaction interaction) {
    VerifiedIdentity identity = identity(interaction);
    RegisteredClient sp = serviceProvider(interaction);
    List<String> claims = transmitted(interaction.request(), identity);
    List<TransmittedClaims> data = fromDataProviders(interaction.request());
    List<TransmittedClaims> sources = new ArrayList<>();
    if (!claims.isEmpty()) {
      sources.add(TransmittedClaims.identity(claims));
    }
    sources.addAll(data);
    return new ConsentView(
        interaction.uid(),
        interaction.csrfToken(),
        sp.name(),
        identity.displayName(),
        sources,
        DataTransferNotice.of(sp, claims, data.stream().flatMap(source -> source.claims().stream()).toList()),
        interaction.request().uiLocales());
  }

  static List<String> transmitted(AuthorizationRequest request, VerifiedIdentity identity) {
    return IdentityScope.claimsOf(request.scopes(), request.platform()).stream()
        .filter(claim -> !TECHNICAL_CLAIMS.contains(claim) && identity.claims().containsKey(claim))
        .toList();
  }

  /** The data scopes asked for, grouped by the data provider that serves them; none serves the others. */
  private List<TransmittedClaims> fromDataProviders(AuthorizationRequest request) {
    Map<RegisteredDataProvider, List<String>> byProvider = new LinkedHashMap<>();
    request.scopes().stream()
        .filter(DataScope::isDataScope)
        .forEach(
            scope ->
                dataProviders
                    .servingScope(scope)
                    .ifPresent(dp -> byProvider.computeIfAbsent(dp, key -> new ArrayList<>()).add(scope)));
    return byProvider.entrySet().stream()
        .map(entry -> new TransmittedClaims(entry.getKey().uid(), entry.getKey().title(), entry.getValue()))
        .toList();
  }

  private void record(AuditEvent event, Interaction interaction) {
    audit.record(event, context(interaction), identity(interaction).sub(), null);
  }

  private static AuditContext context(Interaction interaction) {
    VerifiedIdentity identity = identity(interaction);
    return AuditContext.of(interaction.uid(), interaction.request().clientId(), identity.idpId())
        .withAcr(identity.acr());
  }

  private RegisteredClient serviceProvider(Interaction interaction) {
    return serviceProviders
        .find(interaction.request().clientId())
        .orElseThrow(() -> new FcException(FcError.CLIENT_UNKNOWN));
  }

  private static VerifiedIdentity identity(Interaction interaction) {
    return interaction.verifiedIdentity().orElseThrow(() -> new FcException(FcError.INTERACTION_UNKNOWN));
  }

  private Interaction interaction(String uid, String browserSecret) {
    return interactions.bound(uid, browserSecret).orElseThrow(() -> new FcException(FcError.INTERACTION_UNKNOWN));
  }
}
