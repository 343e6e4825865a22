package fr.fc.sandbox.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailPagesTest {

  private static final CaughtMail NOTICE =
      new CaughtMail(
          Instant.parse("2025-01-02T08:15:30Z"),
          "fc <ne-pas-repondre@fc.example>",
          "jean.dubois@example.org",
          "Connexion à <Impôts>",
          "Bonjour Jean,\n<script>alert(\"x\")</script> & 'vous'");

  @Test
  void theFrenchPageSaysWhatItIsAndListsTheMessagesNewestFirst() {
    CaughtMail older = CaughtMailsTest.mail(1, "marie@example.org");

    String page =
        MailPages.list(MailMessages.FRENCH, "/", 7125, RecipientFilter.ALL, List.of(NOTICE, older));

    assertTrue(page.contains("<html lang=\"fr\">"), page);
    assertTrue(page.contains("<title>Courriels de démonstration - Bac à sable fc</title>"), page);
    assertTrue(page.contains("<h1>Courriels de démonstration</h1>"), page);
    assertTrue(page.contains("tout ce que fc envoie en SMTP à 127.0.0.1:7125"), page);
    assertTrue(page.contains("<p role=\"status\">Courriels reçus : 2, du plus récent"), page);
    assertTrue(page.indexOf("Connexion à &lt;Impôts&gt;") < page.indexOf("message 1"), page);
    assertTrue(
        page.contains(
            "<dt>Reçu le (UTC)</dt><dd><time datetime=\"2025-01-02T08:15:30Z\">"
                + "2025-01-02T08:15:30Z</time></dd>"),
        page);
    assertTrue(page.contains("<dt>À</dt><dd>jean.dubois@example.org</dd>"), page);
  }

  @Test
  void escapesEveryValueOfAMessage() {
    CaughtMail hostile =
        new CaughtMail(
            Instant.EPOCH, "\"Eve\" <eve@example.org>", "<b>@example.org", "<i>s</i>", "t");

    String page =
        MailPages.mail(MailMessages.FRENCH, NOTICE) + MailPages.mail(MailMessages.FRENCH, hostile);

    assertFalse(page.contains("<script>"), page);
    assertFalse(page.contains("<b>") || page.contains("<i>"), page);
    assertTrue(
        page.contains(
            "<pre>Bonjour Jean,\n&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;"
                + " &#39;vous&#39;</pre>"),
        page);
    assertTrue(page.contains("<h2>Connexion à &lt;Impôts&gt;</h2>"), page);
    assertTrue(page.contains("<dd>&quot;Eve&quot; &lt;eve@example.org&gt;</dd>"), page);
    assertTrue(page.contains("<dd>&lt;b&gt;@example.org</dd>"), page);
  }

  @Test
  void saysWhenThereIsNothingYet() {
    String page = MailPages.list(MailMessages.FRENCH, "/", 7125, RecipientFilter.ALL, List.of());

    assertTrue(page.contains("<p role=\"status\">Aucun courriel reçu pour l&#39;instant."), page);
    assertFalse(page.contains("<article"), page);
  }

  @Test
  void theFilteredPageShowsItsAddressEscapedAndTheWayBackToAll() {
    RecipientFilter filter = RecipientFilter.of("\"x\"@example.org");

    String page = MailPages.list(MailMessages.ENGLISH, "/sandbox/", 2525, filter, List.of());

    assertTrue(page.contains("<html lang=\"en\">"), page);
    assertTrue(page.contains("<h1>Demo e-mails</h1>"), page);
    assertTrue(page.contains("everything fc sends over SMTP to 127.0.0.1:2525"), page);
    assertTrue(page.contains("value=\"&quot;x&quot;@example.org\""), page);
    assertTrue(page.contains("No e-mail received for &quot;x&quot;@example.org."), page);
    assertTrue(page.contains("<a href=\"/sandbox/mails/\">See all e-mails</a>"), page);
    assertTrue(page.contains("<form class=\"filter\" method=\"get\" action=\"/sandbox/mails/\">"));
    assertTrue(page.contains("<label for=\"to\">"), page);
    assertTrue(page.contains("<input id=\"to\" name=\"to\""), page);
  }

  @Test
  void namesAMessageWithoutSubjectNorText() {
    CaughtMail bare = new CaughtMail(Instant.EPOCH, "", "a@example.org", " ", "");

    String page = MailPages.mail(MailMessages.ENGLISH, bare);

    assertTrue(page.contains("<h2>(no subject)</h2>"), page);
    assertTrue(page.contains("<pre>(no text)</pre>"), page);
  }

  @Test
  void theTooLongFilterPageIsAnAlert() {
    String page = MailPages.tooLong(MailMessages.FRENCH, "/", 7125);

    assertTrue(page.contains("<div role=\"alert\" class=\"alert\">"), page);
    assertTrue(page.contains("dépasse 254 caractères"), page);
  }

  @Test
  void speaksEnglishToWhoPrefersIt() {
    assertEquals(MailMessages.FRENCH, MailMessages.forLanguages(List.of()));
    assertEquals(MailMessages.FRENCH, MailMessages.forLanguages(List.of(Locale.GERMAN)));
    assertEquals(
        MailMessages.ENGLISH, MailMessages.forLanguages(List.of(Locale.GERMAN, Locale.UK)));
    assertEquals(
        MailMessages.FRENCH,
        MailMessages.forLanguages(List.of(Locale.CANADA_FRENCH, Locale.ENGLISH)));
  }

  @Test
  void everyMessageExistsInBothLanguages() throws IOException {
    assertEquals(
        messages("messages.properties").keySet(), messages("messages_en.properties").keySet());
  }

  private static Properties messages(String file) throws IOException {
    Properties messages = new Properties();
    try (InputStream in = MailMessages.class.getResourceAsStream(file)) {
      messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return messages;
  }
}
