package fr.fc.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 on a socket, for requests no well-behaved client library would send: malformed escapes,
 * odd paths, oversized headers. The answer is the status and the body, headers included.
 */
final class RawHttp {

  private RawHttp() {}

  /** @return the status code, then the whole answer (status line, headers and body) */
  static Answer send(URI server, String method, String target, String headers, String body) throws IOException {
    try (Socket socket = new Socket(server.getHost(), server.getPort())) {
      socket.setSoTimeout(30_000);
      byte[] content = body.getBytes(StandardCharsets.UTF_8);
      String request =
          method + " " + target + " HTTP/1.1\r\nHost: " + server.getHost() + ":" + server.getPort() + "\r\n"
              + headers + "Content-Length: " + content.length + "\r\nConnection: close\r\n\r\n";
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      InputStream in = socket.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new Answer(status(answer), answer);
    }
  }

  private static int status(String answer) {
    String[] statusLine = answer.split("\r\n", 2)[0].split(" ");
    return statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : 0;
  }

  record Answer(int status, String text) {}
}
