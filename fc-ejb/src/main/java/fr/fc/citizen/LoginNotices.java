package fr.fc.citizen;

import fr.fc.audit.AuditContext;
import fr.fc.federation.VerifiedIdentity;
import fr.fc.registry.IdentityProviderRegistration;
import fr.fc.registry.IdentityProviderRegistry;
import fr.fc.registry.RegisteredClient;
import fr.fc.registry.ServiceProviderRegistry;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;

/** The e-mail after every login, to the address the IdP gave: sent off the request path. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class LoginNotices {

  @EJB private CitizenMailer mailer;
  @EJB private SpaceRegistration space;
  @EJB private ServiceProviderRegistry serviceProviders;
  @EJB private IdentityProviderRegistry identityProviders;

  /**
   * @param context the login's: its flow id gives the connection's code
   * @param sub the SP's sub of the citizen, for the notice's own event
   */
  public void loggedIn(VerifiedIdentity identity, AuditContext context, String sub) {
    if (identity.noticeAddress() == null || context.flowId() == null) {
      return;
    }
    mailer.send(
        new LoginNotice(
            identity.noticeAddress(),
            serviceProviders.find(context.spClientId()).map(RegisteredClient::name).orElse(context.spClientId()),
            identityProviders.find(identity.idpId()).map(IdentityProviderRegistration::title).orElse(identity.idpId()),
            Instant.now(),
            ConnectionCode.of(context.flowId()),
            context,
            sub,
            space.spaceUrl()));
  }
}
