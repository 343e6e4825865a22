package fr.fc.citizen;

import java.time.Instant;
import java.util.List;

/**
 * A connection made in the citizen's name, as their space shows it.
 *
 * @param code the connection's short code, as the login's notice names it
 * @param serviceName the service provider's name
 * @param idpTitle the identity provider's title
 * @param acr the level of the login
 * @param transfers the data that data providers sent to the service with this login's token
 * @param reported whether the citizen reported it as not theirs
 */
public record Connection(
    String code, Instant at, String serviceName, String idpTitle, String acr, List<DataTransfer> transfers,
    boolean reported) {

  public Connection {
    transfers = List.copyOf(transfers);
  }
}
