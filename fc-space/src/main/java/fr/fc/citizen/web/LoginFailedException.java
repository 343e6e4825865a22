package fr.fc.citizen.web;

/**
 * A login to the space that must stop: the citizen is told {@link #failure()}, the log gets the
 * message, which never holds a token, code or personal data.
 */
public class LoginFailedException extends Exception {

  private static final long serialVersionUID = 1L;

  private final LoginFailure failure;

  public LoginFailedException(LoginFailure failure, String detail) {
    super(detail);
    this.failure = failure;
  }

  public LoginFailedException(LoginFailure failure, String detail, Throwable cause) {
    super(detail, cause);
    this.failure = failure;
  }

  public LoginFailure failure() {
    return failure;
  }
}
