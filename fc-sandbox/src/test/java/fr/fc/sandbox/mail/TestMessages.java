package fr.fc.sandbox.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Messages as fc could send them, built with Jakarta Mail then read back from their bytes, as
 * GreenMail reads what it receives over SMTP.
 */
final class TestMessages {

  static final Session SESSION = Session.getInstance(new Properties());

  private TestMessages() {}

  /** A message from fc with this subject, its body set by the given part's content. */
  static MimeMessage fromFc(String subject) throws MessagingException {
    MimeMessage message = new MimeMessage(SESSION);
    try {
      message.setFrom(new InternetAddress("ne-pas-repondre@fc.example", "fc – Connexion", "UTF-8"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    message.setRecipients(MimeMessage.RecipientType.TO, "jean.dubois@example.org");
    message.setSubject(subject, "UTF-8");
    return message;
  }

  static MimeMessage plain(String subject, String text) throws MessagingException {
    MimeMessage message = fromFc(subject);
    message.setText(text, "UTF-8");
    return received(message);
  }

  static MimeMessage html(String subject, String html) throws MessagingException {
    MimeMessage message = fromFc(subject);
    message.setText(html, "UTF-8", "html");
    return received(message);
  }

  /** multipart/alternative: the text, then its HTML version. */
  static MimeMessage alternative(String subject, String text, String html)
      throws MessagingException {
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(textPart(text, "plain"));
    alternative.addBodyPart(textPart(html, "html"));
    MimeMessage message = fromFc(subject);
    message.setContent(alternative);
    return received(message);
  }

  static MimeBodyPart textPart(String text, String subtype) throws MessagingException {
    MimeBodyPart part = new MimeBodyPart();
    part.setText(text, "UTF-8", subtype);
    return part;
  }

  /** The message read back from its bytes, as a server receives it. */
  static MimeMessage received(MimeMessage message) throws MessagingException {
    try {
      message.saveChanges();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      message.writeTo(bytes);
      return new MimeMessage(SESSION, new ByteArrayInputStream(bytes.toByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
