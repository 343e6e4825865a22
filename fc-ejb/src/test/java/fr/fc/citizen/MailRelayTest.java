package fr.fc.citizen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.fc.testing.SettableClock;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MailRelayTest {

  private static final String HOST = "127.0.0.1";
  private static final Instant START = Instant.parse("2026-12-04T08:00:00Z");

  private int port;
  private GreenMail server;
  private Session session;
  /** The SMTP dialogue, read to count the connections: each one begins with the client's EHLO. */
  private final ByteArrayOutputStream trace = new ByteArrayOutputStream();

  @BeforeEach
  void startServer() throws IOException {
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    server = started();
    Properties properties = new Properties();
    properties.setProperty("mail.transport.protocol", "smtp");
    properties.setProperty("mail.smtp.host", HOST);
    properties.setProperty("mail.smtp.port", String.valueOf(port));
    properties.setProperty("mail.smtp.connectiontimeout", "2000");
    properties.setProperty("mail.smtp.timeout", "2000");
    properties.setProperty("mail.from", "ne-pas-repondre@fc.test");
    session = Session.getInstance(properties);
    session.setDebug(true);
    session.setDebugOut(new PrintStream(trace, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void stopServer() {
    server.stop();
  }

  @Test
  void messagesLeaveOneAfterTheOtherOnOneRelay() throws Exception {
    try (MailRelay relay = new MailRelay(session, Clock.systemUTC())) {
      for (int i = 0; i < 3; i++) {
        relay.send(message("Connexion " + i));
      }
    }
    assertEquals(3, server.getReceivedMessages().length);
    assertEquals(1, connections());
  }

  @Test
  void aConnectionTheServerDroppedWhileIdleIsReplacedBeforeUse() throws Exception {
    SettableClock clock = new SettableClock(START);
    try (MailRelay relay = new MailRelay(session, clock)) {
      relay.send(message("avant"));
      server.stop();
      server = started();
      clock.advance(MailRelay.CHECK_AFTER);
      relay.send(message("après"));
    }
    assertEquals(1, server.getReceivedMessages().length);
    assertEquals("après", server.getReceivedMessages()[0].getSubject());
    assertEquals(2, connections());
  }

  @Test
  void aMessageThatFailsIsNotSentAgain() throws Exception {
    try (MailRelay relay = new MailRelay(session, new SettableClock(START))) {
      relay.send(message("avant"));
      server.stop();
      server = started();
      // Back to back: the relay does not ask, and the dropped connection fails this one message.
      assertThrows(MessagingException.class, () -> relay.send(message("perdu")));
      relay.send(message("après"));
    }
    assertEquals(1, server.getReceivedMessages().length);
    assertEquals("après", server.getReceivedMessages()[0].getSubject());
  }

  @Test
  void aConnectionIdleForTooLongIsReplacedBeforeUse() throws Exception {
    SettableClock clock = new SettableClock(START);
    try (MailRelay relay = new MailRelay(session, clock)) {
      relay.send(message("avant"));
      clock.advance(MailRelay.IDLE_LIMIT);
      relay.send(message("après"));
    }
    assertEquals(2, server.getReceivedMessages().length);
    assertEquals(2, connections());
  }

  @Test
  void noServerIsAnErrorAndTheNextMessageConnectsAgain() throws Exception {
    server.stop();
    try (MailRelay relay = new MailRelay(session, Clock.systemUTC())) {
      assertThrows(MessagingException.class, () -> relay.send(message("perdu")));
      server = started();
      relay.send(message("retrouvé"));
    }
    assertEquals(1, server.getReceivedMessages().length);
  }

  private long connections() {
    return trace.toString(StandardCharsets.UTF_8).lines().filter(line -> line.startsWith("EHLO ")).count();
  }

  private GreenMail started() {
    GreenMail started = new GreenMail(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP));
    started.start();
    return started;
  }

  private MimeMessage message(String subject) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setRecipient(Message.RecipientType.TO, new InternetAddress("citoyen@example.com"));
    message.setSubject(subject, "UTF-8");
    message.setText("Bonjour", "UTF-8");
    return message;
  }
}
