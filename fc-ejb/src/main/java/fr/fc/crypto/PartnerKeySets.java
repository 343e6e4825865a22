package fr.fc.crypto;

import fr.fc.shared.config.Setting;
import fr.fc.shared.config.Settings;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.jose4j.http.Get;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;

/**
 * Partners' public encryption keys, from their jwks_uri, cached as their Cache-Control allows. A key
 * fc cannot find is looked for once more after refreshing the set, for a partner that has just
 * rotated its keys. Reading a set may wait on the partner: a bounded number of calls do at once,
 * so that a slow partner cannot take the threads that serve everyone.
 */
public final class PartnerKeySets {

  private final Map<String, HttpsJwks> sets = new ConcurrentHashMap<>();
  private final Semaphore readers;
  private final int timeoutMillis;

  /**
   * @param capacity how many calls may read a set at once
   * @param timeoutMillis the longest wait for a partner's jwks_uri
   */
  public PartnerKeySets(int capacity, int timeoutMillis) {
    this.readers = new Semaphore(capacity);
    this.timeoutMillis = timeoutMillis;
  }

  /** Sets bounded by these settings: how many calls at once, how long each may wait. */
  public static PartnerKeySets bounded(Settings settings, Setting capacity, Setting timeout) {
    return new PartnerKeySets(settings.count(capacity), (int) settings.duration(timeout).toMillis());
  }

  /**
   * The key to encrypt to with this JWE algorithm: of the type it needs, meant for encryption (or
   * for any use), the first one of the set.
   *
   * @throws Unavailable naming why, when the set cannot be had or holds no such key
   */
  public PublicJsonWebKey encryptionKey(String jwksUri, String algorithm) throws Unavailable {
    if (!readers.tryAcquire()) {
      throw new Unavailable("too many calls waiting on partners' keys");
    }
    try {
      HttpsJwks set = sets.computeIfAbsent(jwksUri, this::fetcher);
      Optional<PublicJsonWebKey> key = find(set.getJsonWebKeys(), algorithm).or(() -> refreshed(set, algorithm));
      return key.orElseThrow(() -> new Unavailable("no key for " + algorithm));
    } catch (JoseException | IOException e) {
      throw new Unavailable(e.getClass().getSimpleName());
    } finally {
      readers.release();
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

  /** A partner's key that cannot be had now. */
  public static final class Unavailable extends Exception {
    public Unavailable(String reason) {
      super(reason);
    }
  }
}
