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

  @Test
  void aTwentyMegabyteBodyIsRefusedInFcsOwnWords(FcPlatform fc) throws Exception {
    Answer answer = postLargeBody(fc.url("/api/v2/token"), 20 * 1024 * 1024);

    assertTrue(answer.status() >= 400 && answer.status() < 500, "refused, never a 500: " + answer.text());
    for (String leak : List.of("Exception", "at fr.fc.", "at org.", "Caused by", "Payara", "GlassFish", "Grizzly")) {
      assertFalse(answer.text().contains(leak), "the answer contains '" + leak + "':\n" + answer.text());
    }
  }

  /**
   * Sends the headers, then the body from another thread while this one reads: the server may
   * answer and close before the body's end, and the answer must not be lost to a reset.
   */
  private static Answer postLargeBody(URI target, int size) throws Exception {
    try (Socket socket = new Socket(LOOPBACK, target.getPort())) {
      socket.setSoTimeout(60_000);
      send(socket, "POST " + target.getPath() + " HTTP/1.1\r\nHost: " + LOOPBACK + ":" + target.getPort() + "\r\n"
          + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + size + "\r\n"
          + "Connection: close\r\n\r\n");
      Thread writer = new Thread(() -> writeBody(socket, size), "large-body-writer");
      writer.setDaemon(true);
      writer.start();
      String text = readUntilClosed(socket.getInputStream());
      writer.join(60_000);
      String[] statusLine = text.split("\r\n", 2)[0].split(" ");
      return new Answer(statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : 0, text);
    }
  }

  private static void writeBody(Socket socket, int size) {
    byte[] start = "grant_type=authorization_code&code=".getBytes(StandardCharsets.US_ASCII);
    byte[] chunk = new byte[64 * 1024];
    Arrays.fill(chunk, (byte) 'a');
    try {
      OutputStream out = socket.getOutputStream();
      out.write(start);
      for (int sent = start.length; sent < size; sent += chunk.length) {
        out.write(chunk, 0, Math.min(chunk.length, size - sent));
      }
      out.flush();
    } catch (IOException e) {
      // The server refused the rest of the body and closed the connection: what is expected.
    }
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
