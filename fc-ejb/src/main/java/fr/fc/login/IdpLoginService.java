package fr.fc.login;

import fr.fc.audit.AuditContext;
import fr.fc.audit.AuditEvent;
import fr.fc.audit.AuditTrail;
import fr.fc.citizen.CitizenSpace;
import fr.fc.citizen.IdpChoices;
import fr.fc.federation.IdpAnswer;
import fr.fc.federation.IdpExchange;
import fr.fc.federation.IdpFailure;
import fr.fc.federation.IdpLogin;
import fr.fc.federation.VerifiedIdentity;
import fr.fc.identity.CogCatalogue;
import fr.fc.identity.IdentityCheckResult;
import fr.fc.identity.IdpIdentityCheck;
import fr.fc.identity.PivotIdentity;
import fr.fc.identity.Subjects;
import fr.fc.oidc.Acr;
import fr.fc.oidc.OpenIdProvider;
import fr.fc.registry.IdentityProviderRegistration;
import fr.fc.registry.IdentityProviderRegistry;
import fr.fc.registry.RegisteredClient;
import fr.fc.registry.ServiceProviderRegistry;
import fr.fc.rnipp.RnippCheck;
import fr.fc.session.OpaqueIds;
import fr.fc.shared.config.Platform;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import fr.fc.shared.request.RequestParameters;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.logging.Logger;

/**
 * Steps 4 and 5 of the brokered login: fc sends the citizen to the chosen IdP (code flow,
 * prompt=login, state, nonce, PKCE) and, on the callback, turns the IdP's answer into an identity
 * checked for its format and against the RNIPP.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class IdpLoginService {

  private static final Logger LOG = Logger.getLogger(IdpLoginService.class.getName());
  private static final IdpIdentityCheck IDENTITY_CHECK = new IdpIdentityCheck(CogCatalogue.bundled());

  @Inject private Interactions interactions;
  @Inject private TakenIdpAnswers takenAnswers;
  @Inject private IdpExchange idps;
  @EJB private IdentityProviderRegistry identityProviders;
  @EJB private ServiceProviderRegistry serviceProviders;
  @EJB private OpenIdProvider provider;
  @EJB private Subjects subjects;
  @Inject private RnippCheck rnipp;
  @EJB private AuditTrail audit;
  @EJB private ConsentService consent;
  @EJB private SingleSignOn sso;
  @EJB private IdpChoices choices;

  /**
   * The IdP's authorization URL for this interaction, its state, nonce and verifier kept.
   *
   * @param browserSecret the browser's interaction cookie: the interaction must be its own
   */
  public URI redirect(String uid, String browserSecret, String csrfToken, String idpId) {
    Interaction interaction = Interactions.requireCsrf(boundInteraction(uid, browserSecret), csrfToken);
    IdentityProviderRegistration idp =
        identityProviders
            .findAvailable(idpId)
            .filter(offered -> serviceProvider(interaction).idpFilter().allows(offered.id()))
            .filter(offered -> Acr.reachable(offered.allowedAcrs(), interaction.request().acr()))
            .orElseThrow(() -> new FcException(FcError.IDP_UNKNOWN));
    IdpLogin login = new IdpLogin(idp.id(), OpaqueIds.next(), OpaqueIds.next(), OpaqueIds.next());
    interactions.update(interaction.withIdpLogin(login));
    URI authorizationUrl = idps.authorizationUrl(idp, login, callbackUri(interaction), interaction.request());
    audit.record(AuditEvent.IDP_REDIRECTED, context(interaction, idp), null, null);
    return authorizationUrl;
  }

  /**
   * @param browserSecret the browser's interaction cookie, which names its interaction
   * @param parameters the callback's query: code and state, or error
   * @param previousSessionId the browser's fc session before this login, or null: a verified
   *     identity replaces it
   * @return back to the choice page when the IdP answered an error or fc refused its answer
   *     (token call, ID token, userinfo); once the identity is verified, on to the information page,
   *     or straight back to the SP when its whitelisted prompt skips that page
   * @throws FcException for a wrong state, an acr out of bounds, an identity or an RNIPP refusal
   */
  public CallbackOutcome callback(String browserSecret, RequestParameters parameters, String previousSessionId) {
    Interaction interaction =
        interactions.ofBrowser(browserSecret).orElseThrow(() -> new FcException(FcError.INTERACTION_UNKNOWN));
    IdpLogin login = interaction.pendingIdpLogin().orElseThrow(() -> new FcException(FcError.IDP_STATE_INVALID));
    checkState(login, parameters.get("state"));
    IdentityProviderRegistration idp =
        identityProviders.find(login.idpId()).orElseThrow(() -> new FcException(FcError.IDP_UNKNOWN));
    checkIssuer(idp, parameters.get("iss"), idps.namesItselfInAnswers(idp));
    if (!takenAnswers.take(login.state(), interaction.uid())) {
      throw new FcException(FcError.IDP_STATE_INVALID);
    }
    if (parameters.get("error") != null) {
      LOG.info(() -> "IdP " + idp.id() + " answered " + parameters.get("error"));
      return backToChoice(interaction, idp, null);
    }
    String code = parameters.get("code");
    if (code == null) {
      throw new FcException(FcError.IDP_CODE_MISSING);
    }
    IdpAnswer answer;
    try {
      answer = idps.answer(idp, login, code, callbackUri(interaction), interaction.request().acr());
    } catch (IdpFailure failure) {
      return backToChoice(interaction, idp, failure.error().code());
    }
    Checked checked = verify(interaction, idp, answer);
    Interaction verified = interaction.withIdentity(checked.identity());
    interactions.update(verified);
    String sessionId = sso.replace(previousSessionId, checked.identity(), checked.registered(), answer.rawIdToken());
    return consent
        .straightToServiceProvider(verified)
        .<NextStep>map(NextStep.ServiceProvider::new)
        .map(next -> new CallbackOutcome(next, sessionId))
        .orElseGet(() -> new CallbackOutcome(new NextStep.Information(interaction.uid()), sessionId));
  }

  /** The IdP gave no identity: the citizen may choose another one (contract section 2.1). */
  private CallbackOutcome backToChoice(Interaction interaction, IdentityProviderRegistration idp, String errorCode) {
    audit.record(AuditEvent.IDP_LOGIN_FAILED, context(interaction, idp), null, errorCode);
    interactions.update(interaction.withIdpLogin(null));
    return new CallbackOutcome(new NextStep.IdpChoice(interaction.uid(), idp.title()), null);
  }

  private Checked verify(
      Interaction interaction, IdentityProviderRegistration idp, IdpAnswer answer) {
    IdentityCheckResult result = IDENTITY_CHECK.check(answer.userinfo());
    AuditContext context = context(interaction, idp);
    if (result instanceof IdentityCheckResult.MissingSubject) {
      audit.record(AuditEvent.IDP_IDENTITY_INVALID, context, null, FcError.IDP_SUB_MISSING.code());
      throw new FcException(FcError.IDP_SUB_MISSING);
    }
    if (result instanceof IdentityCheckResult.Invalid invalid) {
      LOG.info(() -> "IdP " + idp.id() + " identity refused: " + invalid.violations());
      audit.record(AuditEvent.IDP_IDENTITY_INVALID, context, null, FcError.IDP_IDENTITY_INVALID.code());
      throw new FcException(FcError.IDP_IDENTITY_INVALID);
    }
    audit.record(AuditEvent.IDP_IDENTITY_RECEIVED, context, null, null);
    IdentityCheckResult.Valid valid = (IdentityCheckResult.Valid) result;
    PivotIdentity registered = rnipp.check(valid.identity(), valid.birthdate(), context);
    Platform platform = interaction.request().platform();
    String entityId = serviceProvider(interaction).entityId();
    VerifiedIdentity identity =
        new VerifiedIdentity(
            idp.id(),
            switch (platform) {
              case PLUS -> TransmittedIdentity.plus(valid.identity(), registered);
              case V1 -> TransmittedIdentity.v1(registered, valid.birthdate(), answer.userinfo());
              case V2 -> TransmittedIdentity.standard(registered, valid.birthdate());
            },
            subjects.forEntity(entityId, registered),
            // Contract 2.1: the standard platform caps the IdP's level at eidas1; FranceConnect+ passes it on.
            platform == Platform.PLUS ? answer.acr() : Acr.EIDAS1,
            idp.amr().isEmpty() ? answer.amr() : idp.amr(),
            answer.authTime(),
            subjects.citizen(CitizenSpace.CLIENT_ID, registered),
            registered.email());
    choices.requireAllowed(identity, context);
    return new Checked(identity, registered);
  }

  private static AuditContext context(Interaction interaction, IdentityProviderRegistration idp) {
    return AuditContext.of(interaction.uid(), interaction.request().clientId(), idp.id());
  }

  private static void checkState(IdpLogin login, String state) {
    if (state == null || state.isBlank()) {
      throw new FcException(FcError.IDP_STATE_MISSING);
    }
    if (!login.state().equals(state)) {
      throw new FcException(FcError.IDP_STATE_INVALID);
    }
  }

  /**
   * RFC 9207: an answer that names an IdP must name the one the citizen was sent to, and an IdP
   * that announces it names itself must do so, or the answer comes from another (a mix-up attack,
   * ASVS 10.5.3).
   */
  static void checkIssuer(IdentityProviderRegistration idp, String iss, boolean required) {
    if (iss == null ? required : !iss.equals(idp.issuer())) {
      throw new FcException(FcError.IDP_ISSUER_INVALID);
    }
  }

  /** fc's callback on the interaction's platform: FranceConnect+ logins stay under its issuer (and cookies). */
  private String callbackUri(Interaction interaction) {
    return provider.issuerOf(interaction.request()).endpoint("oidc-callback");
  }

  private RegisteredClient serviceProvider(Interaction interaction) {
    return serviceProviders
        .find(interaction.request().clientId())
        .orElseThrow(() -> new FcException(FcError.CLIENT_UNKNOWN));
  }

  private Interaction boundInteraction(String uid, String browserSecret) {
    return interactions.bound(uid, browserSecret).orElseThrow(() -> new FcException(FcError.INTERACTION_UNKNOWN));
  }

  /** The identity fc transmits to the interaction's SP, and the RNIPP's, which other SPs' subs use. */
  private record Checked(VerifiedIdentity identity, PivotIdentity registered) {}
}
