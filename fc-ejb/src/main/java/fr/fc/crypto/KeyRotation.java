package fr.fc.crypto;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jose4j.json.JsonUtil;

/**
 * A rotation of fc's signing keys, as an operator asked it: the keys it added, from when they sign,
 * and until when the keys before them stay published. Fired as a CDI event once the file is written.
 *
 * @param operator who asked, as their token names them
 */
public record KeyRotation(String operator, List<SigningKeyStatus> added, List<SigningKeyStatus> retiring) {

  static KeyRotation between(SigningKeySet before, SigningKeySet after, Instant now, String operator) {
    Set<String> old = before.statuses(now).stream().map(SigningKeyStatus::kid).collect(Collectors.toSet());
    List<SigningKeyStatus> keys = after.statuses(now);
    return new KeyRotation(
        operator,
        keys.stream().filter(key -> !old.contains(key.kid())).toList(),
        keys.stream().filter(key -> old.contains(key.kid())).toList());
  }

  /** {"added": [{kid, alg, signFrom}], "retiring": [{kid, alg, retireAt}]}. */
  public Map<String, Object> json() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("added", added.stream().map(key -> entry(key, "signFrom", key.schedule().signFrom())).toList());
    json.put("retiring", retiring.stream().map(key -> entry(key, "retireAt", key.schedule().retireAt())).toList());
    return json;
  }

  /** What the audit trail keeps of it: the same, kids and instants, no key material. */
  public String auditDetail() {
    return JsonUtil.toJson(json());
  }

  private static Map<String, Object> entry(SigningKeyStatus key, String when, Instant instant) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("kid", key.kid());
    entry.put("alg", key.algorithm());
    entry.put(when, String.valueOf(instant));
    return entry;
  }
}
