package fr.fc.crypto;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKey.OutputControlLevel;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jwk.Use;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.lang.HashUtil;
import org.jose4j.lang.JoseException;

/**
 * The asymmetric keys fc signs its ID tokens and userinfo responses with, for each algorithm of the
 * contract (ES256, the default, and RS256), each identified by its RFC 7638 thumbprint, with their
 * schedule. A file without schedule holds one key per algorithm that always signs. A rotation adds
 * a key per algorithm that signs from a later instant; the keys before it retire once what they
 * signed has expired.
 */
public final class SigningKeySet {

  /** The asymmetric signature algorithms of the contract. */
  public static final List<String> ALGORITHMS =
      List.of(
          AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256,
          AlgorithmIdentifiers.RSA_USING_SHA256);

  private static final int RSA_KEY_BITS = 2048;
  private static final String SCHEDULE = "schedule";

  private final List<PublicJsonWebKey> keys;
  /** By kid, the keys that have a schedule: a key absent here always signs. */
  private final Map<String, KeySchedule> schedules;

  private SigningKeySet(List<PublicJsonWebKey> keys, Map<String, KeySchedule> schedules) {
    this.keys = List.copyOf(keys);
    this.schedules = Map.copyOf(schedules);
  }

  /** A new ES256 (P-256) key and a new RS256 (2048-bit) key, without schedule. */
  public static SigningKeySet generate() {
    return new SigningKeySet(newKeys(), Map.of());
  }

  /**
   * Reads a private JWK set as written by {@link #toPrivateJson()}, with its schedule if any.
   *
   * @throws IllegalArgumentException when the set lacks a private key for one of the algorithms, or
   *     a key that never retires, or its schedule is not one
   */
  public static SigningKeySet parse(String json) {
    try {
      List<PublicJsonWebKey> keys = new ArrayList<>();
      for (JsonWebKey key : new JsonWebKeySet(json).getJsonWebKeys()) {
        keys.add(requirePrivate(key));
      }
      SigningKeySet set = new SigningKeySet(keys, schedules(JsonUtil.parseJson(json).get(SCHEDULE), keys));
      set.requireAKeyForEver();
      return set;
    } catch (JoseException e) {
      throw new IllegalArgumentException("not a JSON Web Key set: " + e.getMessage(), e);
    }
  }

  /** The key that signs with this algorithm at that instant: of those not retired, the last to begin. */
  public Optional<PublicJsonWebKey> signingKey(String algorithm, Instant now) {
    PublicJsonWebKey signing = null;
    for (PublicJsonWebKey key : keys) {
      KeySchedule schedule = schedule(key);
      if (algorithm.equals(key.getAlgorithm()) && schedule.hasBegunAt(now) && !schedule.isRetiredAt(now)
          && (signing == null || schedule.begins().isAfter(schedule(signing).begins()))) {
        signing = key;
      }
    }
    return Optional.ofNullable(signing);
  }

  /** The key of the set, retired or not, that verifies what fc signed with this algorithm and kid. */
  public Optional<PublicJsonWebKey> verificationKey(String algorithm, String kid) {
    return keys.stream()
        .filter(key -> key.getKeyId().equals(kid) && key.getAlgorithm().equals(algorithm))
        .findFirst();
  }

  /** Every key of the set and where it stands at that instant. */
  public List<SigningKeyStatus> statuses(Instant now) {
    return keys.stream()
        .map(key -> new SigningKeyStatus(key.getKeyId(), key.getAlgorithm(), schedule(key), state(key, now)))
        .toList();
  }

  /** The JWKS at that instant: the public halves of every key not retired, the next ones included. */
  public String publishedJwks(Instant now) {
    List<PublicJsonWebKey> published = keys.stream().filter(key -> !schedule(key).isRetiredAt(now)).toList();
    return new JsonWebKeySet(published).toJson(OutputControlLevel.PUBLIC_ONLY);
  }

  /** The public halves of every key of the set, retired ones included. */
  public String toPublicJwks() {
    return new JsonWebKeySet(keys).toJson(OutputControlLevel.PUBLIC_ONLY);
  }

  /** Everything, private parts included: only for the key file. A set without schedule is written as before. */
  public String toPrivateJson() {
    if (schedules.isEmpty()) {
      return new JsonWebKeySet(keys).toJson(OutputControlLevel.INCLUDE_PRIVATE);
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put(JsonWebKeySet.JWK_SET_MEMBER_NAME, keys.stream().map(key -> key.toParams(OutputControlLevel.INCLUDE_PRIVATE)).toList());
    Map<String, Object> schedule = new LinkedHashMap<>();
    keys.stream().filter(key -> schedules.containsKey(key.getKeyId()))
        .forEach(key -> schedule.put(key.getKeyId(), schedules.get(key.getKeyId()).toJson()));
    json.put(SCHEDULE, schedule);
    return JsonUtil.toJson(json);
  }

  /** The first instant after this one at which a key begins signing or retires. */
  Optional<Instant> nextChange(Instant now) {
    return schedules.values().stream().flatMap(KeySchedule::instants).filter(now::isBefore).min(Instant::compareTo);
  }

  /**
   * This set with a new key per algorithm that signs from {@code now + publication} (SPs that cache
   * the JWKS see it first); the keys before them retire by {@code retirement} after that, the longest
   * that what they signed lives. Keys already retired leave the file; keys not signing yet that the
   * new ones begin before leave it too, having signed nothing.
   */
  public SigningKeySet rotated(Instant now, Duration publication, Duration retirement) {
    // Whole seconds, rounded up: the new keys are published for the whole delay at least.
    Instant exact = now.plus(publication);
    Instant signFrom = exact.truncatedTo(ChronoUnit.SECONDS).equals(exact) ? exact : exact.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    Instant retireAt = signFrom.plus(retirement);
    List<PublicJsonWebKey> kept = new ArrayList<>();
    Map<String, KeySchedule> scheduled = new LinkedHashMap<>();
    for (PublicJsonWebKey key : keys) {
      KeySchedule schedule = schedule(key);
      if (!schedule.isRetiredAt(now) && schedule.begins().isBefore(signFrom)) {
        kept.add(key);
        scheduled.put(key.getKeyId(), schedule.retiringBy(retireAt));
      }
    }
    for (PublicJsonWebKey key : newKeys()) {
      kept.add(key);
      scheduled.put(key.getKeyId(), new KeySchedule(signFrom, null));
    }
    return new SigningKeySet(kept, scheduled);
  }

  private KeyState state(PublicJsonWebKey key, Instant now) {
    KeySchedule schedule = schedule(key);
    if (schedule.isRetiredAt(now)) {
      return KeyState.RETIRED;
    }
    if (!schedule.hasBegunAt(now)) {
      return KeyState.NEXT;
    }
    return signingKey(key.getAlgorithm(), now).filter(key::equals).isPresent() ? KeyState.SIGNING : KeyState.RETIRING;
  }

  private KeySchedule schedule(PublicJsonWebKey key) {
    return schedules.getOrDefault(key.getKeyId(), KeySchedule.ALWAYS);
  }

  /** Whatever the instant, each algorithm will have a key to sign with. */
  private void requireAKeyForEver() {
    for (String algorithm : ALGORITHMS) {
      keys.stream()
          .filter(key -> algorithm.equals(key.getAlgorithm()) && schedule(key).retireAt() == null)
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no " + algorithm + " signing key that never retires"));
    }
  }

  private static List<PublicJsonWebKey> newKeys() {
    try {
      PublicJsonWebKey ec = EcJwkGenerator.generateJwk(EllipticCurves.P256);
      PublicJsonWebKey rsa = RsaJwkGenerator.generateJwk(RSA_KEY_BITS);
      return List.of(describe(ec, ALGORITHMS.get(0)), describe(rsa, ALGORITHMS.get(1)));
    } catch (JoseException e) {
      throw new IllegalStateException("Cannot generate signing keys", e);
    }
  }

  private static Map<String, KeySchedule> schedules(Object json, List<PublicJsonWebKey> keys) {
    if (json == null) {
      return Map.of();
    }
    if (!(json instanceof Map<?, ?> members)) {
      throw new IllegalArgumentException("the schedule is not an object");
    }
    // Only files with a schedule: an old file loads as it always did.
    List<String> kids = keys.stream().map(JsonWebKey::getKeyId).toList();
    if (kids.stream().distinct().count() != kids.size()) {
      throw new IllegalArgumentException("two keys have the same kid");
    }
    Map<String, KeySchedule> schedules = new LinkedHashMap<>();
    for (Map.Entry<?, ?> member : members.entrySet()) {
      String kid = (String) member.getKey();
      if (!kids.contains(kid)) {
        throw new IllegalArgumentException("the schedule names key " + kid + ", which the file does not hold");
      }
      schedules.put(kid, KeySchedule.fromJson(kid, member.getValue()));
    }
    return schedules;
  }

  private static PublicJsonWebKey describe(PublicJsonWebKey key, String algorithm)
      throws JoseException {
    key.setAlgorithm(algorithm);
    key.setUse(Use.SIGNATURE);
    key.setKeyId(key.calculateBase64urlEncodedThumbprint(HashUtil.SHA_256));
    return key;
  }

  private static PublicJsonWebKey requirePrivate(JsonWebKey key) {
    if (!(key instanceof PublicJsonWebKey pair) || pair.getPrivateKey() == null) {
      throw new IllegalArgumentException("key " + key.getKeyId() + " has no private part");
    }
    if (!ALGORITHMS.contains(pair.getAlgorithm()) || pair.getKeyId() == null) {
      throw new IllegalArgumentException("key " + key.getKeyId() + " has no usable alg or kid");
    }
    return pair;
  }
}
