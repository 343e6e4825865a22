package fr.fc.system;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * HAProxy in front of fc's nodes, configured from server-config's own file, as {@code ./fc cluster}
 * runs it: round robin, health checks on each node's operations port. Debian's haproxy package.
 */
final class LoadBalancer implements AutoCloseable {

  private static final Path HAPROXY = Path.of("/usr/sbin/haproxy");

  private final int port = FcNode.freePort();
  private final int statsPort = FcNode.freePort();
  private final Process process;

  private LoadBalancer(Path work, List<FcNode> nodes) throws Exception {
    if (!Files.isExecutable(HAPROXY)) {
      throw new IllegalStateException("HAProxy is missing: apt-get install haproxy (.ci/run does)");
    }
    String servers =
        nodes.stream()
            .map(node -> "  server " + node.name() + " 127.0.0.1:" + node.httpPort() + " check port " + node.opsPort())
            .collect(Collectors.joining("\n"));
    String template = Files.readString(Path.of(System.getProperty("fc.it.serverConfig"), "cluster", "haproxy.cfg"));
    Path configuration = work.resolve("haproxy.cfg");
    Files.writeString(
        configuration,
        template.replace("@LB_ADDRESS@", "127.0.0.1").replace("@LB_PORT@", String.valueOf(port))
            .replace("@STATS_ADDRESS@", "127.0.0.1").replace("@STATS_PORT@", String.valueOf(statsPort))
            .replace("@SERVERS@", servers));
    process =
        new ProcessBuilder(HAPROXY.toString(), "-db", "-f", configuration.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("haproxy.log").toFile()))
            .start();
  }

  /** Starts HAProxy in front of these nodes; returns once every node is up behind it. */
  static LoadBalancer start(Path work, List<FcNode> nodes) throws Exception {
    LoadBalancer balancer = new LoadBalancer(work, nodes);
    for (FcNode node : nodes) {
      balancer.awaitUp(node, Duration.ofSeconds(30));
    }
    return balancer;
  }

  /** The load balancer's base URL. */
  URI url() {
    return URI.create("http://localhost:" + port);
  }

  /** Waits until HAProxy's health checks have put the node in rotation. */
  void awaitUp(FcNode node, Duration patience) throws Exception {
    long deadline = System.nanoTime() + patience.toNanos();
    while (!isUp(node)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("HAProxy stopped; see haproxy.log");
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(node.name() + " is not in rotation after " + patience);
      }
      Thread.sleep(200);
    }
  }

  /** Whether HAProxy sends requests to the node (its stats, as CSV: the server's status column). */
  boolean isUp(FcNode node) throws Exception {
    String csv;
    try {
      csv = new Http().get(URI.create("http://127.0.0.1:" + statsPort + "/;csv")).body();
    } catch (java.net.ConnectException starting) {
      return false;
    }
    return csv.lines().anyMatch(line -> line.startsWith("nodes," + node.name() + ",") && line.contains(",UP,"));
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    process.onExit().get();
  }
}
