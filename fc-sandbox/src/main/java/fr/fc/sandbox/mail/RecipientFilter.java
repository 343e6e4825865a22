package fr.fc.sandbox.mail;

/**
 * Which copies to show: those for one recipient (the address exactly, in any case), or all when
 * {@code address} is null.
 */
public record RecipientFilter(String address) {

  /** RFC 5321 4.5.3.1: the longest usable address (a 256-octet path less its angle brackets). */
  static final int MAX_ADDRESS = 254;

  static final RecipientFilter ALL = new RecipientFilter(null);

  /**
   * The filter of the {@code to} parameter: none when absent or blank; an address longer than
   * {@link #MAX_ADDRESS} fails.
   */
  static RecipientFilter of(String to) {
    if (to == null || to.isBlank()) {
      return ALL;
    }
    String address = to.strip();
    if (address.length() > MAX_ADDRESS) {
      throw new IllegalArgumentException("to is longer than " + MAX_ADDRESS + " characters");
    }
    return new RecipientFilter(address);
  }

  boolean isAll() {
    return address == null;
  }

  boolean matches(CaughtMail mail) {
    return isAll() || address.equalsIgnoreCase(mail.to());
  }
}
