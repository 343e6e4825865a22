package fr.fc.system;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Connections that send a request body at one byte a second, as a slow-loris attacker does, to
 * fc's loopback listener only; all closed, and their writer stopped, on close.
 */
final class SlowClients implements AutoCloseable {

  private final List<Socket> sockets = new ArrayList<>();
  private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();

  static SlowClients open(URI server, String path, int count) throws IOException {
    SlowClients clients = new SlowClients();
    try {
      for (int i = 0; i < count; i++) {
        clients.connect(server, path);
      }
    } catch (IOException e) {
      clients.close();
      throw e;
    }
    clients.writer.scheduleAtFixedRate(clients::oneByteEach, 1, 1, TimeUnit.SECONDS);
    return clients;
  }

  private void connect(URI server, String path) throws IOException {
    Socket socket = new Socket(server.getHost(), server.getPort());
    sockets.add(socket);
    String head =
        "POST " + path + " HTTP/1.1\r\nHost: " + server.getHost() + ":" + server.getPort()
            + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 10000\r\n\r\ng";
    socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
    socket.getOutputStream().flush();
  }

  private synchronized void oneByteEach() {
    for (Socket socket : sockets) {
      try {
        OutputStream out = socket.getOutputStream();
        out.write('a');
        out.flush();
      } catch (IOException closedByTheServer) {
        // fc gave up on this slow client: what a read timeout is for.
      }
    }
  }

  @Override
  public synchronized void close() {
    writer.shutdownNow();
    for (Socket socket : sockets) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }

  /** Sends one byte a second on a connection the test opened, until closed. */
  static Drip drip(Socket socket) {
    return new Drip(socket);
  }

  static final class Drip implements AutoCloseable {
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();

    private Drip(Socket socket) {
      writer.scheduleAtFixedRate(
          () -> {
            try {
              socket.getOutputStream().write('a');
              socket.getOutputStream().flush();
            } catch (IOException closedByTheServer) {
              writer.shutdown();
            }
          },
          1,
          1,
          TimeUnit.SECONDS);
    }

    @Override
    public void close() {
      writer.shutdownNow();
    }
  }
}
