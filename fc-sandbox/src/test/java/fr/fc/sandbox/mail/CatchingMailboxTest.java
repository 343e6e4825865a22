package fr.fc.sandbox.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GreenMail's delivery of what it received over SMTP, one copy per recipient, into the list. */
class CatchingMailboxTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-01-02T08:15:30.123456Z"), ZoneOffset.UTC);

  private final CaughtMails mails = new CaughtMails(CaughtMails.CAPACITY);
  private final MessageDeliveryHandler delivery = CatchingMailbox.delivery(mails, CLOCK);

  @Test
  void keepsEachRecipientsCopyWithItsEnvelopeAndText() throws Exception {
    MovingMessage message = moving(TestMessages.plain("Connexion à « Impôts »", "Bonjour Jean"));

    deliver(message, "jean.dubois@example.org");
    deliver(message, "copie@example.org");

    List<CaughtMail> kept = mails.newestFirst(RecipientFilter.ALL);
    assertEquals(2, kept.size());
    CaughtMail jean = kept.get(1);
    assertEquals("jean.dubois@example.org", jean.to());
    assertEquals("copie@example.org", kept.get(0).to());
    assertEquals("\"fc – Connexion\" <ne-pas-repondre@fc.example>", jean.from());
    assertEquals("Connexion à « Impôts »", jean.subject());
    assertEquals("Bonjour Jean", jean.text());
    assertEquals("2025-01-02T08:15:30.123Z", jean.receivedText());
  }

  @Test
  void aMessageWithoutFromNorSubjectStillArrives() throws Exception {
    MimeMessage bare = new MimeMessage(TestMessages.SESSION);
    bare.setText("corps");

    deliver(moving(TestMessages.received(bare)), "jean.dubois@example.org");

    CaughtMail kept = mails.newestFirst(RecipientFilter.ALL).get(0);
    assertEquals("", kept.from());
    assertEquals("", kept.subject());
    assertEquals("corps", kept.text());
  }

  @Test
  void keepsHeadersOnOneBoundedLine() throws Exception {
    MimeMessage message = TestMessages.fromFc("x".repeat(2_000));
    message.setText("corps");

    deliver(moving(TestMessages.received(message)), "jean.dubois@example.org");

    String subject = mails.newestFirst(RecipientFilter.ALL).get(0).subject();
    assertEquals("x".repeat(CaughtMail.MAX_HEADER_CHARS), subject);
  }

  @Test
  void isNoAccountToLogInTo() throws Exception {
    GreenMailUser mailbox =
        delivery.handle(moving(TestMessages.plain("s", "t")), new MailAddress("a@example.org"));

    assertEquals("a@example.org", mailbox.getEmail());
    assertThrows(UnsupportedOperationException.class, () -> mailbox.authenticate("secret"));
  }

  private void deliver(MovingMessage message, String recipient) throws Exception {
    delivery.handle(message, new MailAddress(recipient)).deliver(message);
  }

  private static MovingMessage moving(MimeMessage message) throws MessagingException {
    MovingMessage moving = new MovingMessage();
    moving.setMimeMessage(message);
    return moving;
  }
}
