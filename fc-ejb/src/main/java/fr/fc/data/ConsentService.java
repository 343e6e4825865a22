package fr.fc.data;

import fr.fc.audit.AuditContext;
import fr.fc.audit.AuditEvent;
import fr.fc.audit.AuditTrail;
import fr.fc.federation.VerifiedIdentity;
import fr.fc.oidc.AuthorizationRequest;
import fr.fc.oidc.EffectivePrompt;
import fr.fc.oidc.OpenIdProvider;
import fr.fc.registry.RegisteredClient;
import fr.fc.registry.ServiceProviderRegistry;
import fr.fc.session.AuthorizationCode;
import fr.fc.session.AuthorizationCodes;
import fr.fc.session.Interaction;
import fr.fc.session.Interactions;
import fr.fc.session.OpaqueIds;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Steps 6 and 7 of the brokered login: the information page, unless the SP's whitelisted prompt
 * skips it, then the single-use code that sends the citizen back to the SP.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ConsentService {

  /** Claims that are protocol, not identity: never listed as transmitted data. */
  private static final Set<String> TECHNICAL_CLAIMS = Set.of("sub", "amr", "idp_id");

  @Inject private Interactions interactions;
  @Inject private AuthorizationCodes codes;
  @EJB private ServiceProviderRegistry serviceProviders;
  @EJB private OpenIdProvider provider;
  @EJB private AuditTrail audit;

  public ConsentView view(String uid) {
    Interaction interaction = interaction(uid);
    VerifiedIdentity identity = identity(interaction);
    List<String> claims = transmitted(interaction.request(), identity);
    return new ConsentView(
        uid,
        interaction.csrfToken(),
        spName(interaction),
        identity.displayName(),
        claims,
        claims.isEmpty(),
        interaction.request().uiLocales());
  }

  /** Issues the code (30 s, single use) and ends the interaction; returns where the SP waits. */
  public URI continueToServiceProvider(String uid, String csrfToken) {
    return returnToServiceProvider(Interactions.requireCsrf(interaction(uid), csrfToken));
  }

  /**
   * The way straight back to the SP, the information page skipped, when its effective prompt does
   * not ask for consent (a whitelisted prompt=login): the code is issued and the interaction ends.
   *
   * @param verified the interaction, its identity just verified on the IdP's callback
   * @return empty when the citizen must see the information page
   */
  public Optional<URI> straightToServiceProvider(Interaction verified) {
    if (EffectivePrompt.of(verified.request(), serviceProvider(verified)).asksConsent()) {
      return Optional.empty();
    }
    return Optional.of(returnToServiceProvider(verified));
  }

  private URI returnToServiceProvider(Interaction interaction) {
    VerifiedIdentity identity = identity(interaction);
    AuthorizationRequest request = interaction.request();
    AuthorizationCode code =
        new AuthorizationCode(
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
            identity.idpId());
    codes.store(code);
    interactions.end(interaction.uid());
    audit.record(
        AuditEvent.REDIRECTED_TO_SP,
        AuditContext.of(interaction.uid(), request.clientId(), identity.idpId()),
        identity.sub(),
        null);
    return UriBuilder.fromUri(request.redirectUri())
        .queryParam("code", code.code())
        .queryParam("state", request.state())
        .queryParam("iss", provider.issuer().url())
        .build();
  }

  static List<String> transmitted(AuthorizationRequest request, VerifiedIdentity identity) {
    return IdentityScope.claimsOf(request.scopes()).stream()
        .filter(claim -> !TECHNICAL_CLAIMS.contains(claim) && identity.claims().containsKey(claim))
        .toList();
  }

  private String spName(Interaction interaction) {
    return serviceProvider(interaction).name();
  }

  private RegisteredClient serviceProvider(Interaction interaction) {
    return serviceProviders
        .find(interaction.request().clientId())
        .orElseThrow(() -> new FcException(FcError.CLIENT_UNKNOWN));
  }

  private static VerifiedIdentity identity(Interaction interaction) {
    return interaction.verifiedIdentity().orElseThrow(() -> new FcException(FcError.INTERACTION_UNKNOWN));
  }

  private Interaction interaction(String uid) {
    return interactions.find(uid).orElseThrow(() -> new FcException(FcError.INTERACTION_UNKNOWN));
  }
}
