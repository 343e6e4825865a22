package fr.fc.citizen;

import fr.fc.audit.AuditContext;
import fr.fc.audit.AuditEvent;
import fr.fc.audit.AuditTrail;
import fr.fc.federation.VerifiedIdentity;
import fr.fc.registry.IdentityProviderRegistration;
import fr.fc.registry.IdentityProviderRegistry;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The identity providers each citizen lets fc log them in with, chosen in their space. A citizen
 * who never chose allows every IdP; one who did allows those they ticked, and the IdPs they never
 * saw as their "new IdPs" choice says.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class IdpChoices {

  private static final Logger LOG = Logger.getLogger(IdpChoices.class.getName());

  private static final String ALLOWS =
      "SELECT p.new_idps_allowed, c.allowed FROM citizen_preference p"
          + " LEFT JOIN citizen_idp_choice c ON c.citizen = p.citizen AND c.idp_id = ? WHERE p.citizen = ?";

  /** A login waits no longer for the citizen's choice: past it, the choice is not applied (logged). */
  private static final int QUERY_TIMEOUT_SECONDS = 2;

  @Resource(lookup = "jdbc/fc")
  private DataSource dataSource;

  @EJB private AuditTrail audit;
  @EJB private IdentityProviderRegistry identityProviders;

  /**
   * Stops the login when the citizen blocked the IdP they just logged in with; but not a login to
   * their space when they blocked every IdP, so that they can always undo it.
   *
   * @throws FcException Y100011, its event recorded
   */
  public void requireAllowed(VerifiedIdentity identity, AuditContext context) {
    if (!allows(identity.citizen(), identity.idpId()) && enforcedFor(identity.citizen(), context.spClientId()).isPresent()) {
      audit.record(AuditEvent.IDP_BLOCKED_BY_CITIZEN, context, null, FcError.IDP_BLOCKED_BY_CITIZEN.code());
      throw new FcException(FcError.IDP_BLOCKED_BY_CITIZEN);
    }
  }

  /**
   * Whether the citizen lets fc use this IdP. When the database cannot say, the login goes on: a
   * choice fc cannot read must not lock every citizen out.
   */
  public boolean allows(String citizen, String idpId) {
    if (citizen == null) {
      return true;
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(ALLOWS)) {
      select.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      select.setString(1, idpId);
      select.setString(2, citizen);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return true;
        }
        boolean newIdpsAllowed = row.getBoolean(1);
        boolean chosen = row.getBoolean(2);
        return row.wasNull() ? newIdpsAllowed : chosen;
      }
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "The citizens' choices of IdPs cannot be read: the login goes on", e);
      return true;
    }
  }

  /**
   * The citizen's choices as they apply to a login to this SP: none for a login to their space when
   * they blocked every IdP, so that they can always undo it.
   */
  public Optional<Chosen> enforcedFor(String citizen, String spClientId) {
    return ofQuietly(citizen).filter(chosen -> !CitizenSpace.CLIENT_ID.equals(spClientId) || !blocksEvery(chosen));
  }

  private boolean blocksEvery(Chosen chosen) {
    return identityProviders.all().stream()
        .filter(IdentityProviderRegistration::displayed)
        .noneMatch(idp -> chosen.allows(idp.id()));
  }

  /** The citizen's choices: per IdP they chose about, and for the others; empty when they never chose. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Optional<Chosen> of(String citizen) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement preference =
            connection.prepareStatement("SELECT new_idps_allowed FROM citizen_preference WHERE citizen = ?");
        PreparedStatement choices =
            connection.prepareStatement("SELECT idp_id, allowed FROM citizen_idp_choice WHERE citizen = ?")) {
      preference.setString(1, citizen);
      boolean newIdpsAllowed;
      try (ResultSet row = preference.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        newIdpsAllowed = row.getBoolean(1);
      }
      choices.setString(1, citizen);
      Map<String, Boolean> allowed = new HashMap<>();
      try (ResultSet row = choices.executeQuery()) {
        while (row.next()) {
          allowed.put(row.getString(1), row.getBoolean(2));
        }
      }
      return Optional.of(new Chosen(allowed, newIdpsAllowed));
    } catch (SQLException e) {
      throw new IllegalStateException("The citizen's choices of IdPs cannot be read", e);
    }
  }

  /** The same for a page that can do without: empty when the database cannot say. */
  public Optional<Chosen> ofQuietly(String citizen) {
    try {
      return of(citizen);
    } catch (IllegalStateException e) {
      LOG.log(Level.WARNING, "The citizens' choices of IdPs cannot be read: none shown", e);
      return Optional.empty();
    }
  }

  /**
   * Saves the citizen's choice about these IdPs and the new ones, in one transaction; their choices
   * about other IdPs stay. Two saves at once for one citizen: one of them fails, nothing half done.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void save(String citizen, Map<String, Boolean> allowedByIdp, boolean newIdpsAllowed) {
    Timestamp now = Timestamp.from(Instant.now());
    try (Connection connection = dataSource.getConnection();
        PreparedStatement clearChoices =
            connection.prepareStatement("DELETE FROM citizen_idp_choice WHERE citizen = ? AND idp_id = ?");
        PreparedStatement clearPreference =
            connection.prepareStatement("DELETE FROM citizen_preference WHERE citizen = ?");
        PreparedStatement preference =
            connection.prepareStatement(
                "INSERT INTO citizen_preference (citizen, new_idps_allowed, changed_at) VALUES (?, ?, ?)");
        PreparedStatement choice =
            connection.prepareStatement(
                "INSERT INTO citizen_idp_choice (citizen, idp_id, allowed, changed_at) VALUES (?, ?, ?, ?)")) {
      for (String idpId : allowedByIdp.keySet()) {
        clearChoices.setString(1, citizen);
        clearChoices.setString(2, idpId);
        clearChoices.addBatch();
      }
      if (!allowedByIdp.isEmpty()) {
        clearChoices.executeBatch();
      }
      clearPreference.setString(1, citizen);
      clearPreference.executeUpdate();
      preference.setString(1, citizen);
      preference.setBoolean(2, newIdpsAllowed);
      preference.setTimestamp(3, now);
      preference.executeUpdate();
      for (Map.Entry<String, Boolean> entry : allowedByIdp.entrySet()) {
        choice.setString(1, citizen);
        choice.setString(2, entry.getKey());
        choice.setBoolean(3, entry.getValue());
        choice.setTimestamp(4, now);
        choice.addBatch();
      }
      if (!allowedByIdp.isEmpty()) {
        choice.executeBatch();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The citizen's choices of IdPs cannot be saved", e);
    }
  }

  /** A citizen's choices as stored. */
  public record Chosen(Map<String, Boolean> allowedByIdp, boolean newIdpsAllowed) {

    public Chosen {
      allowedByIdp = Map.copyOf(allowedByIdp);
    }

    public boolean allows(String idpId) {
      return allowedByIdp.getOrDefault(idpId, newIdpsAllowed);
    }
  }
}
