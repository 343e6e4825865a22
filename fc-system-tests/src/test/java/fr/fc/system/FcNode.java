package fr.fc.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * One node of fc: a Payara Server domain that server-config's own script creates, starts and
 * deploys, with its own ports. Its settings (database, partners, grid) come from the platform.
 */
final class FcNode {

  private final String name;
  private final Path domains;
  private final Path log;
  private final Path adminPasswordFile;
  private final int httpPort;
  private final int adminPort;
  private final int opsPort;
  private final int portBase;
  private final Supplier<Map<String, String>> settings;
  private final Http http = new Http();

  /** @param settings what the platform gives every node: database, partners, grid, keys */
  FcNode(String name, Path work, int portBase, Supplier<Map<String, String>> settings) {
    this.name = name;
    this.domains = work.resolve("domains");
    this.log = work.resolve(name + "-domain.log");
    this.adminPasswordFile = work.resolve(name + "-admin-password");
    this.portBase = portBase;
    this.httpPort = portBase + 1;
    this.adminPort = portBase + 2;
    this.opsPort = portBase + 3;
    this.settings = settings;
  }

  /** Creates, starts and deploys the domain, then waits until fc is ready. */
  void install() throws Exception {
    Files.deleteIfExists(log);
    Files.deleteIfExists(adminPasswordFile);
    domain("create");
    addJvmOptions(TestJvm.fcServer());
    domain("start");
    domain("deploy");
    awaitReady();
  }

  /** Adds options after those of the domain's server (created, not running), in its domain.xml. */
  private void addJvmOptions(List<String> options) throws IOException {
    if (options.isEmpty()) {
      return;
    }
    Path domainXml = configDirectory().resolve("domain.xml");
    String settings = Files.readString(domainXml);
    int end = settings.indexOf("</java-config>", settings.indexOf("<config name=\"server-config\">"));
    if (end < 0) {
      throw new IllegalStateException("no java-config of server-config in " + domainXml);
    }
    StringBuilder added = new StringBuilder();
    options.forEach(option -> added.append("<jvm-options>").append(xmlText(option)).append("</jvm-options>"));
    Files.writeString(domainXml, settings.substring(0, end) + added + settings.substring(end));
  }

  private static String xmlText(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  String name() {
    return name;
  }

  URI url(String path) {
    return URI.create("http://localhost:" + httpPort + path);
  }

  URI opsUrl(String path) {
    return URI.create("http://127.0.0.1:" + opsPort + path);
  }

  URI adminUrl(String path) {
    return URI.create("http://127.0.0.1:" + adminPort + path);
  }

  int httpPort() {
    return httpPort;
  }

  int opsPort() {
    return opsPort;
  }

  /** The address of this node's Data Grid member (Payara's DAS port, the domain's base + 90). */
  String gridMember() {
    return "127.0.0.1:" + (portBase + 90);
  }

  Path configDirectory() {
    return domains.resolve(name).resolve("config");
  }

  Path serverLog() {
    return domains.resolve(name).resolve("logs").resolve("server.log");
  }

  long serverPid() throws IOException {
    return Long.parseLong(Files.readString(configDirectory().resolve("pid")).trim());
  }

  /** Ends the node's server at once (SIGKILL), as a crash would: nothing of it runs after this returns. */
  void kill() throws Exception {
    ProcessHandle server = ProcessHandle.of(serverPid()).orElseThrow();
    server.destroyForcibly();
    server.onExit().get();
  }

  /** Starts the domain again after {@link #kill()}, as an operator would (fc-domain forgets the dead server), and waits until fc is ready. */
  void startAfterKill() throws Exception {
    domain("start");
    awaitReady();
  }

  void start() throws Exception {
    domain("start");
  }

  void stop() throws Exception {
    domain("stop");
  }

  void awaitReady() throws Exception {
    http.awaitStatus(opsUrl("/health/ready"), 200, Duration.ofMinutes(3));
  }

  /** Runs an asadmin command against the domain, as its admin user, and returns what it printed. */
  String asadmin(String... command) throws Exception {
    List<String> line = new ArrayList<>();
    line.add(Path.of(System.getProperty("fc.it.payaraHome"), "bin", "asadmin").toString());
    line.addAll(List.of("--port", String.valueOf(adminPort), "--user", "admin", "--passwordfile", adminPasswordFile.toString()));
    line.addAll(List.of(command));
    Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (process.waitFor() != 0) {
      throw new IllegalStateException("asadmin " + String.join(" ", command) + " failed:\n" + output);
    }
    return output;
  }

  void domain(String command) throws Exception {
    Path script = Path.of(System.getProperty("fc.it.serverConfig"), "bin", "fc-domain");
    ProcessBuilder builder =
        new ProcessBuilder(script.toString(), command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(environment());
    if (builder.start().waitFor() != 0) {
      throw new IllegalStateException("fc-domain " + command + " of " + name + " failed; its output:\n" + Files.readString(log));
    }
  }

  private Map<String, String> environment() {
    Map<String, String> environment = new HashMap<>(settings.get());
    environment.put("PAYARA_HOME", System.getProperty("fc.it.payaraHome"));
    environment.put("FC_DOMAIN", name);
    environment.put("FC_DOMAIN_DIR", domains.toString());
    environment.put("FC_HTTP_PORT", String.valueOf(httpPort));
    environment.put("FC_ADMIN_PORT", String.valueOf(adminPort));
    environment.put("FC_ADMIN_PASSWORD_FILE", adminPasswordFile.toString());
    environment.put("FC_OPS_PORT", String.valueOf(opsPort));
    environment.put("FC_PORT_BASE", String.valueOf(portBase));
    return environment;
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A base for a domain's ports (HTTP, admin and operations at +1 to +3, Payara's others from +9 to
   * +91), all free, and not another's. Below Linux's ephemeral ports (32768 and up): a node killed
   * and started again must find its ports still free, not taken meanwhile by some client connection.
   */
  static int freePortBlock(int other) {
    for (int attempt = 0; attempt < 50; attempt++) {
      int base = ThreadLocalRandom.current().nextInt(100, 320) * 100;
      if (base != other && List.of(1, 2, 3, 9, 37, 38, 39, 66, 76, 81, 86, 90, 91).stream().allMatch(o -> isFree(base + o))) {
        return base;
      }
    }
    throw new IllegalStateException("No free block of ports");
  }

  private static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket(port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
