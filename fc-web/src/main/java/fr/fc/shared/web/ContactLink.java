package fr.fc.shared.web;

import java.util.regex.Pattern;

/**
 * An operator's contact as a page shows it: a link for a web address or an e-mail address, else
 * plain words.
 *
 * @param href the link, or null when the contact is shown as words only
 */
public record ContactLink(String label, String href) {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s:/]+@[^@\\s:/]+\\.[^@\\s:/]+");

  public static ContactLink of(String contact) {
    if (contact.startsWith("https://") || contact.startsWith("http://")) {
      return new ContactLink(contact, contact);
    }
    if (EMAIL.matcher(contact).matches()) {
      return new ContactLink(contact, "mailto:" + contact);
    }
    return new ContactLink(contact, null);
  }

  public boolean linked() {
    return href != null;
  }
}
