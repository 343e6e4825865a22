package fr.fc.shared.api;

import fr.fc.audit.AuditContext;
import fr.fc.audit.AuditEvent;
import fr.fc.audit.AuditScope;
import fr.fc.audit.AuditTrail;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * The one failure event of a request fc refuses, unless the service already recorded why it
 * failed (an RNIPP refusal, an invalid identity): named after the step its endpoint serves, with
 * the error's code, the client_id and the login's flow as the request named them.
 */
@ApplicationScoped
public class AuditedRefusals {

  @EJB private AuditTrail audit;

  /**
   * @param endpoint the resource method that served the request, or null when none was matched
   * @param interactionUid the interaction the request named (path or form), or null
   * @param clientId the client_id the request named, or null
   */
  public void refused(String errorCode, Method endpoint, String interactionUid, String clientId) {
    if (AuditScope.failureRecorded()) {
      return;
    }
    audit.record(
        eventOf(endpoint), AuditContext.of(interactionUid, clientId, null), null, errorCode);
  }

  static AuditEvent eventOf(Method endpoint) {
    return Optional.ofNullable(endpoint)
        .map(method -> method.isAnnotationPresent(RefusedAs.class)
            ? method.getAnnotation(RefusedAs.class)
            : method.getDeclaringClass().getAnnotation(RefusedAs.class))
        .map(RefusedAs::value)
        .orElse(AuditEvent.REQUEST_REFUSED);
  }
}
