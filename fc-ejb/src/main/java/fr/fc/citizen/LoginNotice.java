package fr.fc.citizen;

import fr.fc.audit.AuditContext;
import java.time.Instant;

/**
 * What the e-mail after a login says: which service, through which IdP, when, and the
 * connection's code.
 *
 * @param address the address the IdP gave
 * @param context the login's, for the notice's own event
 * @param spaceUrl the citizen's space, where they can report the connection
 */
public record LoginNotice(
    String address, String serviceName, String idpTitle, Instant at, String code, AuditContext context, String sub,
    String spaceUrl) {

  @Override
  public String toString() {
    return "LoginNotice[" + code + ", address withheld]";
  }
}
