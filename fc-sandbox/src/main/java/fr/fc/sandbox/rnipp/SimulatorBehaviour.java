package fr.fc.sandbox.rnipp;

import java.util.Locale;

/**
 * How the whole simulator behaves, set by tests through the admin resource: a delay before every
 * register answer, and whether it answers normally, is down (503) or fails (500).
 */
record SimulatorBehaviour(long delayMillis, Status status) {

  static final long MAX_DELAY_MILLIS = 60_000;
  static final SimulatorBehaviour NORMAL = new SimulatorBehaviour(0, Status.NORMAL);

  /** Whether register queries get answers, and the HTTP status of those that do not. */
  enum Status {
    NORMAL(200),
    DOWN(503),
    ERROR(500);

    private final int httpStatus;

    Status(int httpStatus) {
      this.httpStatus = httpStatus;
    }

    int httpStatus() {
      return httpStatus;
    }

    /** The name on the admin resource's wire: normal, down or error. */
    String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  SimulatorBehaviour {
    if (delayMillis < 0 || delayMillis > MAX_DELAY_MILLIS) {
      throw new IllegalArgumentException("delayMillis must be 0 to " + MAX_DELAY_MILLIS);
    }
  }

  /**
   * The behaviour the admin form asks for; an absent field takes its default (0, normal).
   *
   * @throws IllegalArgumentException when a field is invalid
   */
  static SimulatorBehaviour parse(String delayMillis, String status) {
    return new SimulatorBehaviour(delay(delayMillis), status(status));
  }

  private static long delay(String field) {
    if (field == null || field.isBlank()) {
      return NORMAL.delayMillis;
    }
    try {
      return Long.parseLong(field.strip());
    } catch (NumberFormatException notANumber) {
      throw new IllegalArgumentException("delayMillis must be a number of milliseconds");
    }
  }

  private static Status status(String field) {
    if (field == null || field.isBlank()) {
      return NORMAL.status;
    }
    for (Status status : Status.values()) {
      if (status.wireName().equals(field.strip())) {
        return status;
      }
    }
    throw new IllegalArgumentException("status must be normal, down or error");
  }
}
