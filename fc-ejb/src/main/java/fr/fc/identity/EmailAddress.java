package fr.fc.identity;

import java.util.regex.Pattern;

/**
 * A pragmatic reading of RFC 5322: one {@code @}, a non-empty local part, a domain of at least two
 * dot-separated labels, no whitespace or control characters. Deliverability is the IdP's concern.
 */
final class EmailAddress {

  // RFC 5321 caps a forward path at 256 octets, 254 characters of address between the brackets.
  private static final int MAX_LENGTH = 254;
  private static final String LOCAL_PART = "[^@\\s\\p{Cntrl}]+";
  private static final String LABEL = "[^@.\\s\\p{Cntrl}]+";
  private static final Pattern SHAPE =
      Pattern.compile(
          LOCAL_PART + "@" + LABEL + "(\\." + LABEL + ")+", Pattern.UNICODE_CHARACTER_CLASS);

  private EmailAddress() {}

  static boolean isValid(String address) {
    return address.length() <= MAX_LENGTH && SHAPE.matcher(address).matches();
  }
}
