package fr.fc.shared.error;

import jakarta.ejb.ApplicationException;
import java.util.Optional;
import java.util.UUID;

/**
 * An {@link FcError} that happened, with its error id (shown to the citizen and logged, so support
 * can find one from the other) and, once trusted, where to send the citizen back.
 */
@ApplicationException(rollback = true)
public class FcException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final FcError error;
  private final String errorId = UUID.randomUUID().toString();
  private final String description;
  private final transient TrustedReturn trustedReturn;

  public FcException(FcError error, Object... arguments) {
    this(error, null, arguments);
  }

  public FcException(FcError error, TrustedReturn trustedReturn, Object... arguments) {
    super(error.code() + " " + error.description(arguments));
    this.error = error;
    this.description = error.description(arguments);
    this.trustedReturn = trustedReturn;
  }

  public FcError error() {
    return error;
  }

  public String errorId() {
    return errorId;
  }

  public String description() {
    return description;
  }

  /** Where the SP waits for the answer, once its client and redirect URI are validated. */
  public Optional<TrustedReturn> trustedReturn() {
    return Optional.ofNullable(trustedReturn);
  }

  /**
   * A validated redirect URI and the state to send back to it.
   *
   * @param state null when the SP sent none
   * @param withIssuer whether the redirect names fc's issuer: not on v1, whose SPs refuse parameters
   *     they do not know
   * @param inFragment whether the answer goes in the URI's fragment rather than its query
   */
  public record TrustedReturn(String redirectUri, String state, boolean withIssuer, boolean inFragment) {

    public TrustedReturn(String redirectUri, String state, boolean withIssuer) {
      this(redirectUri, state, withIssuer, false);
    }

    /** A return that names fc's issuer (RFC 9207), as v2 does. */
    public TrustedReturn(String redirectUri, String state) {
      this(redirectUri, state, true);
    }

    /** The same return, its answer in the fragment. */
    public TrustedReturn toFragment() {
      return new TrustedReturn(redirectUri, state, withIssuer, true);
    }
  }
}
