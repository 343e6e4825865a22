package fr.fc.sandbox.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jose4j.json.JsonUtil;

/**
 * One recipient's copy of a message the catcher received: when, from whom (the From header), to
 * whom (the SMTP recipient, RCPT TO), its subject and its readable text. Headers are bounded to
 * {@link #MAX_HEADER_CHARS} and the text to {@link MailText#MAX_CHARS}, so that the catcher's
 * memory is bounded too.
 */
public record CaughtMail(Instant received, String from, String to, String subject, String text) {

  /** RFC 5322 2.1.1: no line of a message is longer. */
  static final int MAX_HEADER_CHARS = 998;

  /** The copy for this recipient, received at this instant (kept to the millisecond). */
  static CaughtMail read(MimeMessage message, String recipient, Instant received) {
    return new CaughtMail(
        received.truncatedTo(ChronoUnit.MILLIS),
        bounded(from(message)),
        bounded(recipient),
        bounded(subject(message)),
        MailText.of(message));
  }

  /** The time it was received, in UTC, ISO 8601 (2025-01-31T08:15:30.250Z). */
  public String receivedText() {
    return DateTimeFormatter.ISO_INSTANT.format(received);
  }

  /** Its JSON object: received, from, to, subject, text. */
  Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("received", receivedText());
    json.put("from", from);
    json.put("to", to);
    json.put("subject", subject);
    json.put("text", text);
    return json;
  }

  /** These copies as a JSON array, in their order. */
  static String toJsonArray(List<CaughtMail> mails) {
    return mails.stream()
        .map(mail -> JsonUtil.toJson(mail.toJson()))
        .collect(Collectors.joining(",", "[", "]"));
  }

  /** The From header, its addresses decoded; its raw text when they are malformed. */
  private static String from(MimeMessage message) {
    try {
      Address[] from = message.getFrom();
      if (from == null) {
        return "";
      }
      return Arrays.stream(from).map(CaughtMail::decoded).collect(Collectors.joining(", "));
    } catch (MessagingException malformed) {
      return raw(message, "From");
    }
  }

  private static String decoded(Address address) {
    return address instanceof InternetAddress internet
        ? internet.toUnicodeString()
        : address.toString();
  }

  /** The Subject header, decoded (RFC 2047); its raw text when it cannot be. */
  private static String subject(MimeMessage message) {
    try {
      String subject = message.getSubject();
      return subject == null ? "" : subject;
    } catch (MessagingException malformed) {
      return raw(message, "Subject");
    }
  }

  private static String raw(MimeMessage message, String header) {
    try {
      String value = message.getHeader(header, ", ");
      return value == null ? "" : value;
    } catch (MessagingException unreadable) {
      return "";
    }
  }

  private static String bounded(String value) {
    String oneLine = value == null ? "" : value.replaceAll("[\\r\\n]+", " ");
    return oneLine.length() <= MAX_HEADER_CHARS ? oneLine : oneLine.substring(0, MAX_HEADER_CHARS);
  }
}
