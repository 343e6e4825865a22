package fr.fc.sandbox.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.sandbox.SandboxApplication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jose4j.json.JsonUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The mail catcher on Payara Micro: a message sent to its SMTP port, as fc sends one, shows on
 * its page and in its JSON. It listens on a free port, so that a running sandbox does not matter.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailCatcherIT {

  static final int SMTP_PORT = freePort();

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  @Deployment(testable = false)
  static WebArchive deployment() throws IOException {
    String config =
        Files.readString(Path.of("src/main/resources/META-INF/microprofile-config.properties"))
            + "\nfc.sandbox.smtp-port="
            + SMTP_PORT
            + "\n";
    return ShrinkWrap.create(WebArchive.class, "fc-sandbox-mail.war")
        .addPackages(
            false,
            Filters.exclude(".*/(Test\\w*|\\w*Test|\\w*IT)(\\$.*)?\\.class"),
            SandboxApplication.class.getPackage(),
            MailCatcher.class.getPackage())
        // GreenMail but its JUnit 4 rule: junit is no part of the sandbox.
        .addPackages(true, Filters.exclude(".*/greenmail/junit/.*"), "com.icegreen.greenmail")
        .addPackages(true, "org.jose4j", "org.slf4j")
        .addAsResource("fr/fc/sandbox/mail/messages.properties")
        .addAsResource("fr/fc/sandbox/mail/messages_en.properties")
        .addAsResource(new StringAsset(config), "META-INF/microprofile-config.properties");
  }

  @Test
  void showsWhatItReceivedOverSmtp() throws Exception {
    String to = "jean.dubois." + System.nanoTime() + "@example.org";
    send(to, "Connexion à « Impôts »", "Bonjour Jean,\nvous venez de vous connecter.");

    HttpResponse<String> api = get("mails/api?to=" + to.toUpperCase(Locale.ROOT), null);

    assertEquals(200, api.statusCode(), api.body());
    assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    List<?> mails = (List<?>) JsonUtil.parseJson("{\"mails\":" + api.body() + "}").get("mails");
    assertEquals(1, mails.size(), api.body());
    Map<?, ?> mail = (Map<?, ?>) mails.get(0);
    assertEquals(to, mail.get("to"));
    assertEquals("ne-pas-repondre@fc.example", mail.get("from"));
    assertEquals("Connexion à « Impôts »", mail.get("subject"));
    assertEquals("Bonjour Jean,\nvous venez de vous connecter.", mail.get("text"));

    HttpResponse<String> page = get("mails/?to=" + to, "en-GB,en;q=0.9");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<h1>Demo e-mails</h1>"), page.body());
    assertTrue(page.body().contains("127.0.0.1:" + SMTP_PORT), page.body());
    assertTrue(page.body().contains("<h2>Connexion à « Impôts »</h2>"), page.body());
  }

  @Test
  void refusesAFilterThatCannotBeAnAddress() throws Exception {
    HttpResponse<String> api = get("mails/api?to=" + "a".repeat(255), null);

    assertEquals(400, api.statusCode());
    assertEquals("{\"error\":\"to is longer than 254 characters\"}", api.body());
    assertEquals(400, get("mails/?to=" + "a".repeat(255), null).statusCode());
  }

  @Test
  void answersGetOnly() throws Exception {
    HttpRequest post =
        HttpRequest.newBuilder(base.toURI().resolve("mails/api"))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();

    assertEquals(405, http.send(post, HttpResponse.BodyHandlers.ofString()).statusCode());
  }

  private static void send(String to, String subject, String text) throws Exception {
    Properties smtp = new Properties();
    smtp.put("mail.smtp.host", MailCatcher.HOST);
    smtp.put("mail.smtp.port", String.valueOf(SMTP_PORT));
    MimeMessage message = new MimeMessage(Session.getInstance(smtp));
    message.setFrom("ne-pas-repondre@fc.example");
    message.setRecipients(MimeMessage.RecipientType.TO, to);
    message.setSubject(subject, "UTF-8");
    message.setText(text, "UTF-8");
    Transport.send(message);
  }

  private HttpResponse<String> get(String path, String acceptLanguage) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("no free port for the mail catcher", e);
    }
  }
}
