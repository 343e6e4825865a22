package fr.fc.oidc;

import fr.fc.registry.ServiceProviderRegistry;
import fr.fc.session.Interaction;
import fr.fc.session.Interactions;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;

/** Step 1 of the brokered login: an SP's authorization request becomes a citizen's interaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AuthorizationService {

  @EJB private ServiceProviderRegistry registry;
  @Inject private Interactions interactions;

  /**
   * @throws fr.fc.shared.error.FcException when the request breaks a rule of the contract
   */
  public Interaction authorize(Map<String, String> parameters) {
    AuthorizationRequest request = new AuthorizationRequestValidator(registry::find).validate(parameters);
    return interactions.start(request);
  }
}
