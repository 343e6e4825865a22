package fr.fc.crypto;

import java.util.LinkedHashMap;
import java.util.Map;

/** One of fc's signing keys as operators see it: no key material, its schedule and its state. */
public record SigningKeyStatus(String kid, String algorithm, KeySchedule schedule, KeyState state) {

  /** {"kid", "alg", "signFrom", "retireAt", "state"}; an open end of the schedule is left out. */
  public Map<String, Object> json() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("kid", kid);
    json.put("alg", algorithm);
    json.putAll(schedule.toJson());
    json.put("state", state.jsonName());
    return json;
  }
}
