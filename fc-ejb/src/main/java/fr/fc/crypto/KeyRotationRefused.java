package fr.fc.crypto;

import jakarta.ejb.ApplicationException;

/**
 * A rotation fc could not do: the key file cannot be read, used or written. Nothing changed; fired
 * as a CDI event for the trail, then thrown to the operator.
 *
 * @param operator who asked, as their token names them
 */
@ApplicationException
public class KeyRotationRefused extends RuntimeException {

  private final String operator;

  KeyRotationRefused(String operator, String reason, Throwable cause) {
    super(reason, cause);
    this.operator = operator;
  }

  public String operator() {
    return operator;
  }
}
