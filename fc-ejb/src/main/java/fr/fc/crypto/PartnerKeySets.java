package fr.fc.crypto;

import fr.fc.shared.config.Setting;
import fr.fc.shared.config.Settings;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
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
 * One kind of partners' public encryption keys, from their jwks_uri, cached as their Cache-Control
 * allows. A key fc cannot find is looked for once more after refreshing the set, for a partner that
 * has just rotated its keys. Reading a set may wait on the partner: a bounded number of calls do at
 * once, so that a slow partner cannot take the threads that serve everyone.
 */
public final class PartnerKeySets {

  private static final Logger LOG = Logger.getLogger(PartnerKeySets.class.getName());

  private final Map<String, HttpsJwks> sets = new ConcurrentHashMap<>();
  private final Semaphore readers;
  private final int timeoutMillis;
  private final FcError unavailable;

  /**
   * @param capacity how many calls may read a set at once
   * @param timeoutMillis the longest wait for a partner's jwks_uri
   * @param unavailable the error of a key that cannot be had
   */
  PartnerKeySets(int capacity, int timeoutMillis, FcError unavailable) {
    this.readers = new Semaphore(capacity);
    this.timeoutMillis = timeoutMillis;
    this.unavailable = unavailable;
  }

  /** Sets bounded by these settings (how many calls at once, how long each may wait), failing with this error. */
  public static PartnerKeySets bounded(Settings settings, Setting capacity, Setting timeout, FcError unavailable) {
    return new PartnerKeySets(settings.count(capacity), (int) settings.duration(timeout).toMillis(), unavailable);
  }

  /**
   * The key to encrypt to with this JWE algorithm: of the type it needs, meant for encryption (or
   * for any use), the first one of the set.
   *
   * @param partner who publishes the set, for the log
   * @throws FcException this kind's error when the set cannot be had or holds no such key
   */
  public PublicJsonWebKey encryptionKey(String partner, String jwksUri, String algorithm) {
    if (!readers.tryAcquire()) {
      throw unavailable(partner, "too many calls waiting on partners' keys");
    }
    try {
      HttpsJwks set = sets.computeIfAbsent(jwksUri, this::fetcher);
      Optional<PublicJsonWebKey> key = find(set.getJsonWebKeys(), algorithm).or(() -> refreshed(set, algorithm));
      return key.orElseThrow(() -> unavailable(partner, "no key for " + algorithm));
    } catch (JoseException | IOException e) {
      throw unavailable(partner, e.getClass().getSimpleName());
    } finally {
      readers.release();
    }
  }

  private FcException unavailable(String partner, String why) {
    LOG.warning(() -> partner + ": no encryption key from its jwks_uri: " + why);
    return new FcException(unavailable);
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
}
