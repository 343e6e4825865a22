package fr.fc.citizen;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One SMTP connection to the mail server, kept open between messages so that a notice per login
 * does not pay a connection, a greeting and a goodbye each. A connection idle for longer than the
 * mail server may keep it (RFC 5321 4.5.3.2 lets a server drop it after 5 minutes) is replaced
 * before use; one the server dropped anyway is replaced once and the message sent again. Not
 * thread-safe: one sender thread owns it.
 */
final class MailRelay implements AutoCloseable {

  static final Duration IDLE_LIMIT = Duration.ofSeconds(60);

  private final Session session;
  private final Clock clock;
  private Transport transport;
  private Instant lastUsed = Instant.MIN;

  MailRelay(Session session, Clock clock) {
    this.session = session;
    this.clock = clock;
  }

  /** @throws MessagingException when the message cannot be sent on a new connection either */
  void send(Message message) throws MessagingException {
    message.saveChanges();
    if (transport != null && !clock.instant().isBefore(lastUsed.plus(IDLE_LIMIT))) {
      close();
    }
    boolean reused = transport != null;
    try {
      open().sendMessage(message, message.getAllRecipients());
    } catch (MessagingException | IllegalStateException failed) {
      close();
      if (!reused) {
        throw failed;
      }
      open().sendMessage(message, message.getAllRecipients());
    }
    lastUsed = clock.instant();
  }

  private Transport open() throws MessagingException {
    if (transport == null) {
      Transport fresh = session.getTransport();
      fresh.connect();
      transport = fresh;
    }
    return transport;
  }

  @Override
  public void close() {
    if (transport == null) {
      return;
    }
    try {
      transport.close();
    } catch (MessagingException alreadyGone) {
      // Nothing to release: the server or the network ended the connection.
    }
    transport = null;
  }
}
