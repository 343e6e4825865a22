package fr.fc.sandbox.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MailTextTest {

  @Test
  void readsAPlainTextMessageDecoded() throws MessagingException {
    MimeMessage message =
        TestMessages.plain("Connexion", "Bonjour Jean,\r\nvous vous êtes connecté à « Impôts ».");

    assertEquals("Bonjour Jean,\nvous vous êtes connecté à « Impôts ».", MailText.of(message));
  }

  @Test
  void prefersThePlainTextOfAnAlternative() throws MessagingException {
    MimeMessage message =
        TestMessages.alternative("Connexion", "Texte brut", "<p>Version <b>HTML</b></p>");

    assertEquals("Texte brut", MailText.of(message));
  }

  @Test
  void readsTheTextOfTheHtmlWhenThereIsNoPlainText() throws MessagingException {
    MimeMessage message =
        TestMessages.html(
            "Connexion",
            "<html><head><style>p{color:red}</style></head><body><p>Bonjour&nbsp;Jean,</p>"
                + "<p>Pas vous ? <a href=\"https://fc.example/aide?a=1&amp;b=2\">Aide</a></p>"
                + "</body></html>");

    assertEquals(
        "Bonjour Jean,\n\nPas vous ? Aide (https://fc.example/aide?a=1&b=2)", MailText.of(message));
  }

  @Test
  void leavesTextAttachmentsAside() throws MessagingException {
    MimeBodyPart attachment = TestMessages.textPart("pièce jointe", "plain");
    attachment.setFileName("journal.txt");
    attachment.setDisposition(MimeBodyPart.ATTACHMENT);
    MimeMultipart mixed = new MimeMultipart("mixed");
    mixed.addBodyPart(attachment);
    mixed.addBodyPart(TestMessages.textPart("<p>Le message</p>", "html"));
    MimeMessage message = TestMessages.fromFc("Avec pièce jointe");
    message.setContent(mixed);

    assertEquals("Le message", MailText.of(TestMessages.received(message)));
  }

  @Test
  void aMessageWithoutTextHasNone() throws MessagingException {
    MimeMessage message = TestMessages.fromFc("Binaire");
    message.setDataHandler(
        new DataHandler(
            new ByteArrayDataSource(
                "AAAA".getBytes(StandardCharsets.US_ASCII), "application/octet-stream")));

    assertEquals("", MailText.of(TestMessages.received(message)));
  }

  @Test
  void cutsALongTextAndSaysSo() throws MessagingException {
    String text = "a".repeat(MailText.MAX_CHARS + 10);

    String read = MailText.of(TestMessages.plain("Long", text));

    assertEquals(MailText.MAX_CHARS + MailText.CUT.length(), read.length());
    assertTrue(read.endsWith(MailText.CUT), read.substring(read.length() - 10));
  }

  @Test
  void neverCutsBetweenTheTwoHalvesOfACharacter() {
    String text = "a".repeat(MailText.MAX_CHARS - 1) + "😀" + "b";

    String cut = MailText.bounded(text);

    assertEquals("a".repeat(MailText.MAX_CHARS - 1) + MailText.CUT, cut);
  }
}
