package fr.fc.audit;

import jakarta.ejb.ApplicationException;

/** The trail cannot be read now (the database is away); the caller answers 503. */
@ApplicationException
public class AuditUnavailableException extends RuntimeException {

  public AuditUnavailableException(Throwable cause) {
    super("The audit trail cannot be read now", cause);
  }
}
