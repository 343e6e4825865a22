package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The citizens' listener stands up to clients that hold connections or send too much: slow bodies
 * do not take all its threads, and an oversized body is refused in fc's own words.
 */
@ExtendWith(SystemTest.class)
class ListenerLimitsIT {

  private static final String LOOPBACK = "127.0.0.1";
  private static final int SLOW_CLIENTS = 50;
  private static final Duration PATIENCE = Duration.ofSeconds(3);

  @Test
  void slowBodiesDoNotStopFcFromAnswering(FcPlatform fc) throws Exception {
    URI loopback = URI.create("http://" + LOOPBACK + ":" + fc.url("/").getPort());
    try (SlowClients slow = SlowClients.open(loopback, "/api/v2/token", SLOW_CLIENTS)) {
      Thread.sleep(3000);

      HttpClient client = HttpClient.newBuilder().connectTimeout(PATIENCE).build();
      HttpRequest discovery =
          HttpRequest.newBuilder(fc.url("/api/v2/.well-known/openid-configuration")).timeout(PATIENCE).GET().build();
      long worst = 0;
      for (int i = 0; i < 3; i++) {
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(discovery, HttpResponse.BodyHandlers.ofString());
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertEquals(200, response.statusCode(), response.body());
        worst = Math.max(worst, millis);
        Thread.sleep(1000);
      }
      System.out.println("Discovery answered within " + worst + " ms while " + SLOW_CLIENTS
          + " clients sent their bodies at 1 byte per second");
    }
  }

  /**
   * Java's HTTP client asks for HTTP/2 (h2c) on each new cleartext connection, a POST's included:
   * an SP's back end written that way gets its answer at once.
   */
  @Test
  void aPostThatAsksForHttp2OnCleartextIsAnswered(FcPlatform fc) throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).connectTimeout(PATIENCE).build();
    HttpRequest token =
        HttpRequest.newBuilder(fc.url("/api/v2/token"))
            .timeout(PATIENCE)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=unknown"))
            .build();

    HttpResponse<String> response = client.send(token, HttpResponse.BodyHandlers.ofString());

    assertEquals(4, response.statusCode() / 100, response.body());
    assertTrue(response.body().contains("\"error\""), response.body());
  }

  @Test
  void aTwentyMegabyteBodyIsRefusedInFcsOwnWords(FcPlatform fc) throws Exception {
    Answer answer = postLargeBody(fc.url("/api/v2/token"), "Content-Length: " + 20 * 1024 * 1024, 20 * 1024 * 1024);

    assertEquals(413, answer.status(), answer.text());
    assertTrue(answer.text().contains("\"error\":\"invalid_request\"") && answer.text().contains("code=Y000004"),
        answer.text());
    assertNoInternals(answer.text());
  }

  @Test
  void aChunkedBodyPastTheLimitIsRefusedToo(FcPlatform fc) throws Exception {
    Answer answer = postLargeBody(fc.url("/api/v2/token"), "Transfer-Encoding: chunked", 1024 * 1024);

    assertEquals(413, answer.status(), answer.text());
    assertTrue(answer.text().contains("code=Y000004"), answer.text());
  }

  @Test
  void aBrowserSendingTooMuchGetsFcsRefusalPage(FcPlatform fc) throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(fc.url("/api/v2/authorize"))
                    .header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("state=" + "a".repeat(100_000)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertEquals(413, answer.statusCode());
    assertTrue(answer.body().contains("Requête refusée"), answer.body());
    assertNoInternals(answer.body());
  }

  @Test
  void aDrippedBodyIsCutWithATimeoutAnswer(FcPlatform fc) throws Exception {
    URI token = fc.url("/api/v2/token");
    try (Socket socket = new Socket(LOOPBACK, token.getPort());
        SlowClients.Drip drip = SlowClients.drip(socket)) {
      socket.setSoTimeout(45_000);
      send(socket, "POST " + token.getPath() + " HTTP/1.1\r\nHost: " + LOOPBACK + ":" + token.getPort() + "\r\n"
          + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 10000\r\n\r\ng");
      long start = System.nanoTime();
      String text = readUntilJsonEnds(socket.getInputStream());
      long answered = Duration.ofNanos(System.nanoTime() - start).toMillis();
      String rest = readUntilClosed(socket.getInputStream());

      assertTrue(text.startsWith("HTTP/1.1 408"), text);
      assertTrue(text.contains("code=Y000005"), text);
      assertEquals("", rest, "nothing after the answer");
      System.out.println("A body dripped at 1 byte per second was answered 408 after " + answered
          + " ms, the connection closed after " + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
    }
  }

  private static void assertNoInternals(String text) {
    for (String leak : List.of("Exception", "at fr.fc.", "at org.", "Caused by", "Payara", "GlassFish", "Grizzly")) {
      assertFalse(text.contains(leak), "the answer contains '" + leak + "':\n" + text);
    }
  }

  /**
   * Sends the headers, then the body from another thread while this one reads: the server may
   * answer and close before the body's end, and the answer must not be lost to a reset.
   */
  private static Answer postLargeBody(URI target, String framing, int size) throws Exception {
    try (Socket socket = new Socket(LOOPBACK, target.getPort())) {
      socket.setSoTimeout(60_000);
      send(socket, "POST " + target.getPath() + " HTTP/1.1\r\nHost: " + LOOPBACK + ":" + target.getPort() + "\r\n"
          + "Content-Type: application/x-www-form-urlencoded\r\n" + framing + "\r\n"
          + "Connection: close\r\n\r\n");
      boolean chunked = framing.startsWith("Transfer-Encoding");
      Thread writer = new Thread(() -> writeBody(socket, size, chunked), "large-body-writer");
      writer.setDaemon(true);
      writer.start();
      String text = readUntilClosed(socket.getInputStream());
      writer.join(60_000);
      String[] statusLine = text.split("\r\n", 2)[0].split(" ");
      return new Answer(statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : 0, text);
    }
  }

  private static void writeBody(Socket socket, int size, boolean chunked) {
    byte[] start = "grant_type=authorization_code&code=".getBytes(StandardCharsets.US_ASCII);
    byte[] chunk = new byte[64 * 1024];
    Arrays.fill(chunk, (byte) 'a');
    try {
      OutputStream out = socket.getOutputStream();
      write(out, start, start.length, chunked);
      for (int sent = start.length; sent < size; sent += chunk.length) {
        write(out, chunk, Math.min(chunk.length, size - sent), chunked);
      }
      if (chunked) {
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.flush();
    } catch (IOException e) {
      // The server refused the rest of the body and closed the connection: what is expected.
    }
  }

  private static void write(OutputStream out, byte[] bytes, int length, boolean chunked) throws IOException {
    if (chunked) {
      out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    }
    out.write(bytes, 0, length);
    if (chunked) {
      out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
  }

  private static String readUntilJsonEnds(InputStream in) throws IOException {
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    for (int read; !received.toString(StandardCharsets.UTF_8).endsWith("}") && (read = in.read()) != -1; ) {
      received.write(read);
    }
    return received.toString(StandardCharsets.UTF_8);
  }

  private static String readUntilClosed(InputStream in) throws IOException {
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int read; (read = in.read(buffer)) != -1; ) {
        received.write(buffer, 0, read);
      }
    } catch (SocketException e) {
      // A reset once the answer came, because the server did not read the whole body.
      if (received.size() == 0) {
        throw e;
      }
    }
    return received.toString(StandardCharsets.UTF_8);
  }

  private static void send(Socket socket, String text) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  private record Answer(int status, String text) {}
}
