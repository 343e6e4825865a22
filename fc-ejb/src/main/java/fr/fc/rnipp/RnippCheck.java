package fr.fc.rnipp;

import fr.fc.audit.AuditContext;
import fr.fc.audit.AuditEvent;
import fr.fc.audit.AuditTrail;
import fr.fc.identity.Birthdate;
import fr.fc.identity.PivotIdentity;
import fr.fc.rnipp.connector.RnippException;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Step 5 of the brokered login: the register confirms, corrects or refuses the IdP's identity. */
@ApplicationScoped
public class RnippCheck {

  private static final Logger LOG = Logger.getLogger(RnippCheck.class.getName());

  @Inject private RnippRegister register;
  @EJB private AuditTrail audit;

  /**
   * @param birthdate the birthdate as the IdP sent it
   * @return the register's version of the identity
   * @throws FcException the contract's RNIPP error (Y0100xx)
   */
  public PivotIdentity check(PivotIdentity fromIdp, Birthdate birthdate, AuditContext context) {
    audit.record(AuditEvent.RNIPP_REQUESTED, context, null, null);
    try {
      PivotIdentity registered =
          RegisterIdentity.of(register.identify(RnippQueries.of(fromIdp, birthdate)), fromIdp);
      audit.record(AuditEvent.RNIPP_VALID, context, null, null);
      return registered;
    } catch (RnippException e) {
      LOG.warning(() -> "RNIPP check failed: " + e.getMessage());
      FcError error = error(e.failure());
      audit.record(AuditEvent.RNIPP_FAILED, context, null, error.code());
      throw new FcException(error);
    } catch (FcException refused) {
      AuditEvent event =
          refused.error() == FcError.RNIPP_DECEASED ? AuditEvent.RNIPP_DECEASED : AuditEvent.RNIPP_INVALID;
      audit.record(event, context, null, refused.error().code());
      throw refused;
    }
  }

  private static FcError error(RnippException.Failure failure) {
    return switch (failure) {
      case TIMEOUT -> FcError.RNIPP_TIMEOUT;
      case HTTP_ERROR -> FcError.RNIPP_FAILED;
      case INVALID_RESPONSE -> FcError.RNIPP_INVALID_RESPONSE;
    };
  }
}
