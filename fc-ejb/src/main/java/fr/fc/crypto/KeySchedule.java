package fr.fc.crypto;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * When one of fc's signing keys signs and until when it is published, as the key file says: from
 * signFrom (none: from the start) until retireAt (none: for ever). Every node reads the same file
 * and the same instants, so all of them switch keys at once without talking to each other.
 */
public record KeySchedule(Instant signFrom, Instant retireAt) {

  /** A key of a file without schedule: it signs from the start and never retires. */
  static final KeySchedule ALWAYS = new KeySchedule(null, null);

  public KeySchedule {
    if (signFrom != null && retireAt != null && !retireAt.isAfter(signFrom)) {
      throw new IllegalArgumentException("retires at " + retireAt + ", before it signs at " + signFrom);
    }
  }

  /** Whether the key may sign at that instant, if no key that began after it signs instead. */
  boolean hasBegunAt(Instant now) {
    return signFrom == null || !signFrom.isAfter(now);
  }

  /** Whether the key is withdrawn from the JWKS at that instant. */
  boolean isRetiredAt(Instant now) {
    return retireAt != null && !retireAt.isAfter(now);
  }

  /** The instant it began signing, the start of time for a key that always did. */
  Instant begins() {
    return signFrom == null ? Instant.MIN : signFrom;
  }

  /** This schedule, retiring at the latest at that instant. */
  KeySchedule retiringBy(Instant latest) {
    return new KeySchedule(signFrom, retireAt != null && retireAt.isBefore(latest) ? retireAt : latest);
  }

  /** The instants at which the key changes state. */
  Stream<Instant> instants() {
    return Stream.of(signFrom, retireAt).filter(instant -> instant != null);
  }

  /** As the key file holds it: {"signFrom": ISO instant, "retireAt": ISO instant}, each only when set. */
  Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    if (signFrom != null) {
      json.put("signFrom", signFrom.toString());
    }
    if (retireAt != null) {
      json.put("retireAt", retireAt.toString());
    }
    return json;
  }

  /** @throws IllegalArgumentException when it is not a schedule */
  static KeySchedule fromJson(String kid, Object json) {
    if (!(json instanceof Map<?, ?> members)) {
      throw new IllegalArgumentException("the schedule of key " + kid + " is not an object");
    }
    try {
      return new KeySchedule(instant(members.get("signFrom")), instant(members.get("retireAt")));
    } catch (DateTimeParseException | ClassCastException | IllegalArgumentException e) {
      throw new IllegalArgumentException("the schedule of key " + kid + " is unusable: " + e.getMessage(), e);
    }
  }

  private static Instant instant(Object value) {
    return value == null ? null : Instant.parse((String) value);
  }
}
