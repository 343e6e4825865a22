package fr.fc.data;

import fr.fc.registry.RegisteredDataProvider;
import fr.fc.shared.config.Configuration;
import fr.fc.shared.config.Setting;
import fr.fc.shared.config.Settings;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.logging.Logger;
import org.jose4j.http.Get;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;

/**
 * The data providers' encryption keys, from their jwks_uri, cached as their Cache-Control allows.
 * A key fc cannot find is looked for once more after refreshing the set, for a provider that has
 * just rotated its keys. Reading a set may wait on the provider: a bounded number of calls do at
 * once, so that a slow provider cannot take the threads that serve everyone.
 */
@ApplicationScoped
public class DataProviderKeys {

  private static final Logger LOG = Logger.getLogger(DataProviderKeys.class.getName());

  @EJB private Configuration configuration;

  private final Map<String, HttpsJwks> sets = new ConcurrentHashMap<>();
  private Semaphore readers;
  private int timeoutMillis;

  @PostConstruct
  void bound() {
    Settings settings = configuration.settings();
    readers = new Semaphore(settings.count(Setting.DATA_PROVIDER_KEYS_CAPACITY));
    timeoutMillis = (int) settings.duration(Setting.DATA_PROVIDER_KEYS_TIMEOUT).toMillis();
  }

  /**
   * The key to encrypt this provider's answers to: of the type its algorithm needs, meant for
   * encryption (or for any use), the first one of its set.
   *
   * @throws FcException Y150003 when its set cannot be had or holds no such key
   */
  public PublicJsonWebKey encryptionKey(RegisteredDataProvider dp) {
    if (!readers.tryAcquire()) {
      throw unavailable(dp, "too many calls waiting on data providers' keys");
    }
    try {
      return keyOf(dp);
    } finally {
      readers.release();
    }
  }

  private PublicJsonWebKey keyOf(RegisteredDataProvider dp) {
    HttpsJwks set = sets.computeIfAbsent(dp.jwksUri(), this::fetcher);
    try {
      return find(set.getJsonWebKeys(), dp.encryptedResponseAlg())
          .or(() -> refreshed(set, dp.encryptedResponseAlg()))
          .orElseThrow(() -> unavailable(dp, "no key for " + dp.encryptedResponseAlg()));
    } catch (JoseException | IOException e) {
      throw unavailable(dp, e.getClass().getSimpleName());
    }
  }

  private static Optional<PublicJsonWebKey> refreshed(HttpsJwks set, String algorithm) {
    try {
      set.refresh();
      return find(set.getJsonWebKeys(), algorithm);
    } catch (JoseException | IOException e) {
      return Optional.empty();
    }
  }

  static Optional<PublicJsonWebKey> find(List<JsonWebKey> keys, String algorithm) {
    String keyType = algorithm.startsWith("ECDH") ? "EC" : "RSA";
    return keys.stream()
        .filter(key -> keyType.equals(key.getKeyType()))
        .filter(key -> key.getUse() == null || "enc".equals(key.getUse()))
        .filter(key -> key.getAlgorithm() == null || algorithm.equals(key.getAlgorithm()))
        .filter(PublicJsonWebKey.class::isInstance)
        .map(PublicJsonWebKey.class::cast)
        .findFirst();
  }

  private HttpsJwks fetcher(String jwksUri) {
    HttpsJwks set = new HttpsJwks(jwksUri);
    Get get = new Get();
    get.setConnectTimeout(timeoutMillis);
    get.setReadTimeout(timeoutMillis);
    set.setSimpleHttpGet(get);
    return set;
  }

  private static FcException unavailable(RegisteredDataProvider dp, String detail) {
    LOG.warning(() -> "Data provider " + dp.uid() + ": encryption key unavailable from its jwks_uri: " + detail);
    return new FcException(FcError.CHECKTOKEN_KEY_UNAVAILABLE);
  }
}
