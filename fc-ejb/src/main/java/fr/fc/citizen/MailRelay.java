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
 * does not pay a connection, a greeting and a goodbye each. A connection idle for longer than a
 * mail server may keep it (RFC 5321 4.5.3.2 lets it drop one after 5 minutes) is replaced before
 * use, and one idle for a moment is asked whether it still stands (NOOP) first. A message that
 * fails is never sent again: the server may have taken it before the failure. Not thread-safe: one
 * sender thread owns it.
 */
final class MailRelay implements AutoCloseable {

  static final Duration IDLE_LIMIT = Duration.ofSeconds(60);
  /** Messages closer than this go out back to back, without asking first. */
  static final Duration CHECK_AFTER = Duration.ofSeconds(1);

  private final Session session;
  private final Clock clock;
  private Transport transport;
  private Instant lastUsed = Instant.MIN;

  MailRelay(Session session, Clock clock) {
    this.session = session;
    this.clock = clock;
  }

  /** @throws MessagingException when the message cannot be sent; the connection is closed then */
  void send(Message message) throws MessagingException {
    message.saveChanges();
    try {
      open().sendMessage(message, message.getAllRecipients());
    } catch (MessagingException | RuntimeException failed) {
      close();
      throw failed;
    }
    lastUsed = clock.instant();
  }

  private Transport open() throws MessagingException {
    Instant now = clock.instant();
    if (transport != null && (!now.isBefore(lastUsed.plus(IDLE_LIMIT))
        || !now.isBefore(lastUsed.plus(CHECK_AFTER)) && !transport.isConnected())) {
      close();
    }
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
