package fr.fc.rnipp;

import fr.fc.identity.Birthdate;
import fr.fc.identity.PivotIdentity;
import fr.fc.rnipp.connector.RnippException;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Step 5 of the brokered login: the register confirms, corrects or refuses the IdP's identity. */
@ApplicationScoped
public class RnippCheck {

  private static final Logger LOG = Logger.getLogger(RnippCheck.class.getName());

  @Inject private RnippRegister register;

  /**
   * @param birthdate the birthdate as the IdP sent it
   * @return the register's version of the identity
   * @throws FcException the contract's RNIPP error (Y0100xx)
   */
  public PivotIdentity check(PivotIdentity fromIdp, Birthdate birthdate) {
    try {
      return RegisterIdentity.of(register.identify(RnippQueries.of(fromIdp, birthdate)), fromIdp);
    } catch (RnippException e) {
      LOG.warning(() -> "RNIPP check failed: " + e.getMessage());
      throw new FcException(error(e.failure()));
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
