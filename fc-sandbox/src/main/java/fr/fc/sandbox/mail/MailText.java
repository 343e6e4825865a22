package fr.fc.sandbox.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;
import java.util.Optional;

/**
 * The readable text of a message: its first text/plain part, else the text of its first text/html
 * part (attachments left aside), with "\n" line ends and at most {@link #MAX_CHARS} characters.
 */
final class MailText {

  static final int MAX_CHARS = 20_000;
  static final String CUT = "\n[…]";

  /** Multiparts nest this deep at most before the rest is left unread. */
  private static final int MAX_DEPTH = 8;

  private MailText() {}

  /** The text of the message, empty when it has none; a note when its body cannot be read. */
  static String of(Part message) {
    try {
      Optional<Part> plain = find(message, "text/plain", 0);
      if (plain.isPresent()) {
        return bounded(content(plain.get()));
      }
      Optional<Part> html = find(message, "text/html", 0);
      return html.isPresent() ? bounded(HtmlText.of(content(html.get()))) : "";
    } catch (MessagingException | IOException unreadable) {
      return "[unreadable body: " + unreadable.getClass().getSimpleName() + "]";
    }
  }

  /** The first part of this type, depth first, skipping attachments. */
  private static Optional<Part> find(Part part, String type, int depth)
      throws MessagingException, IOException {
    if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      return Optional.empty();
    }
    if (part.isMimeType(type)) {
      return Optional.of(part);
    }
    if (depth < MAX_DEPTH
        && part.isMimeType("multipart/*")
        && part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        Optional<Part> found = find(multipart.getBodyPart(i), type, depth + 1);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /** A text part's content, decoded from its charset and transfer encoding. */
  private static String content(Part part) throws MessagingException, IOException {
    return part.getContent() instanceof String text ? text : "";
  }

  /** The text with "\n" line ends, cut after MAX_CHARS characters (never inside a pair). */
  static String bounded(String text) {
    String lines = text.replace("\r\n", "\n").replace('\r', '\n');
    if (lines.length() <= MAX_CHARS) {
      return lines;
    }
    int end = Character.isHighSurrogate(lines.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
    return lines.substring(0, end) + CUT;
  }
}
