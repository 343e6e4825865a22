package fr.fc.crypto;

import fr.fc.shared.config.Configuration;
import fr.fc.shared.config.Setting;
import fr.fc.shared.config.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * fc's signing keys, loaded (or generated) at startup from the configured key file and read again
 * within seconds whenever it changes. Every node of a cluster must be given the same file: they then
 * publish the same JWKS, and switch to a rotated key at the same instant, which the file says.
 */
@Singleton
@Startup
@DependsOn("Configuration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SigningKeys {

  private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

  @EJB private Configuration configuration;
  @Inject private Event<KeyRotation> rotations;
  @Inject private Event<KeyRotationRefused> refusals;

  private LiveSigningKeys keys;

  @PostConstruct
  void load() {
    keys = LiveSigningKeys.load(configuration.settings().signingKeysFile(), Clock.systemUTC());
  }

  @PreDestroy
  void unload() {
    EcdsaProvider.release();
  }

  /** Follows the file, which another node may have rotated. */
  @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
  void followTheFile() {
    keys.reloadIfChanged();
  }

  /** Why this node does not follow its key file (it keeps its keys), or empty when it does. */
  public Optional<String> keyFileProblem() {
    return keys.problem();
  }

  /** The JWKS document: the public keys that verify fc's signatures, the next ones included. */
  public String publicJwks() {
    return keys.publishedJwks();
  }

  /** Every key of the file, retired ones included: they verify what fc signed with them. */
  public SigningKeySet keys() {
    return keys.keys();
  }

  /** Signs with the keys that sign now. */
  public ClaimsSigner signer() {
    return keys.signer();
  }

  /** Every key of the file and where it stands now. */
  public List<SigningKeyStatus> statuses() {
    return keys.statuses();
  }

  /**
   * Adds a new key per algorithm, published for fc.crypto.key-publication-delay before it signs; the
   * keys before it stay published until what they signed last has expired.
   *
   * @param operator who asks, as the audit trail names them
   */
  public KeyRotation rotate(String operator) {
    Settings settings = configuration.settings();
    KeyRotation rotation;
    try {
      rotation = keys.rotate(settings.duration(Setting.KEY_PUBLICATION_DELAY), longestSignedLifetime(settings), operator);
    } catch (IllegalStateException | UncheckedIOException e) {
      LOG.log(Level.WARNING, "Signing keys not rotated", e);
      KeyRotationRefused refused = new KeyRotationRefused(operator, "the key file cannot be read, used or written: nothing changed", e);
      refusals.fire(refused);
      throw refused;
    }
    rotations.fire(rotation);
    return rotation;
  }

  /** How long an ID token, or the access token whose userinfo is signed, may still be used. */
  private static Duration longestSignedLifetime(Settings settings) {
    Duration idToken = settings.duration(Setting.ID_TOKEN_LIFETIME);
    Duration accessToken = settings.duration(Setting.ACCESS_TOKEN_LIFETIME);
    return idToken.compareTo(accessToken) >= 0 ? idToken : accessToken;
  }
}
