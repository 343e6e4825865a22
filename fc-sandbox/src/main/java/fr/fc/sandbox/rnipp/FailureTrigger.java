package fr.fc.sandbox.rnipp;

import java.util.Arrays;
import java.util.Optional;

/** The failures a query asks for, as with FranceConnect's mocks, by the end of its given names. */
enum FailureTrigger {
  /** The register's answer, 10 seconds late: past fc's timeout. */
  TIMEOUT("_E010011", 10_000),
  /** HTTP 500. */
  SERVER_ERROR("_E010012", 0),
  /** HTTP 200 with XML off the contract's shape. */
  OFF_SHAPE("_E010013", 0);

  private final String suffix;
  private final long delayMillis;

  FailureTrigger(String suffix, long delayMillis) {
    this.suffix = suffix;
    this.delayMillis = delayMillis;
  }

  /** How late the answer comes. */
  long delayMillis() {
    return delayMillis;
  }

  /** The failure the given names ask for, if any. */
  static Optional<FailureTrigger> in(String prenoms) {
    if (prenoms == null) {
      return Optional.empty();
    }
    String trimmed = prenoms.strip();
    return Arrays.stream(values()).filter(trigger -> trimmed.endsWith(trigger.suffix)).findFirst();
  }
}
