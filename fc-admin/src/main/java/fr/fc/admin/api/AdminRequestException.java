package fr.fc.admin.api;

/** A request of the admin API that cannot be served as sent: 400 with what is wrong. */
public class AdminRequestException extends RuntimeException {

  public AdminRequestException(String description) {
    super(description);
  }
}
