package fr.fc.sandbox.mail;

import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;

/**
 * Where GreenMail delivers each recipient's copy of a message: into the catcher's list rather than
 * a user's INBOX, so GreenMail itself keeps nothing and the list's bound is the only one. It is no
 * account: nobody logs in to it (the catcher runs SMTP only).
 */
final class CatchingMailbox implements GreenMailUser {

  private final String address;
  private final CaughtMails mails;
  private final Clock clock;

  CatchingMailbox(String address, CaughtMails mails, Clock clock) {
    this.address = address;
    this.mails = mails;
    this.clock = clock;
  }

  /** GreenMail's delivery to these mailboxes, one per SMTP recipient. */
  static MessageDeliveryHandler delivery(CaughtMails mails, Clock clock) {
    return (message, recipient) -> new CatchingMailbox(recipient.getEmail(), mails, clock);
  }

  @Override
  public void deliver(MovingMessage message) {
    deliver(message.getMessage());
  }

  @Override
  public void deliver(MimeMessage message) {
    mails.add(CaughtMail.read(message, address, clock.instant()));
  }

  @Override
  public String getEmail() {
    return address;
  }

  @Override
  public String getLogin() {
    return address;
  }

  @Override
  public String getQualifiedMailboxName() {
    return address;
  }

  @Override
  public void create() {
    // Nothing to create: the copies go to the catcher's list.
  }

  @Override
  public void delete() {
    // Nothing to delete: the list drops its oldest copies itself.
  }

  @Override
  public String getPassword() {
    return null;
  }

  @Override
  public void setPassword(String password) {
    throw new UnsupportedOperationException("the mail catcher has no accounts");
  }

  @Override
  public void authenticate(String password) {
    throw new UnsupportedOperationException("the mail catcher has no accounts");
  }
}
