package fr.fc.registry;

import jakarta.ejb.ApplicationException;

/** A registry change refused, with why; the transaction that tried it changes nothing. */
@ApplicationException(rollback = true)
public class RegistryRefusal extends RuntimeException {

  /** Why, as the admin API answers it. */
  public enum Reason {
    INVALID(400, "invalid_request"),
    NOT_FOUND(404, "not_found"),
    CONFLICT(409, "conflict");

    private final int status;
    private final String error;

    Reason(int status, String error) {
      this.status = status;
      this.error = error;
    }

    public int status() {
      return status;
    }

    public String error() {
      return error;
    }
  }

  private final Reason reason;

  public RegistryRefusal(Reason reason, String description) {
    super(description);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
