package fr.fc.system;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The sandbox's demo partners (IdPs, SP) on Payara Micro, in their own process as in production:
 * fc reaches them over HTTP only.
 */
final class Sandbox implements AutoCloseable {

  private final int port;
  private final Process process;

  private Sandbox(int port, Process process) {
    this.port = port;
    this.process = process;
  }

  /** Starts the sandbox, its mail catcher on {@code smtpPort}; call {@link #awaitReady} before using it. */
  static Sandbox start(Path work, int port, int smtpPort, String fcIssuer) throws IOException {
    Path properties = work.resolve("sandbox.properties");
    Files.writeString(
        properties,
        "fc.sandbox.fc-issuer=" + fcIssuer + "\nfc.sandbox.base-url=http://localhost:" + port
            + "\nfc.sandbox.smtp-port=" + smtpPort + "\n");
    Path root = Files.createDirectories(work.resolve("sandbox"));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(TestJvm.jit());
    command.addAll(
        List.of(
            "-jar", System.getProperty("fc.it.microJar"),
            "--deploy", System.getProperty("fc.it.sandboxWar"),
            "--contextroot", "/",
            "--port", String.valueOf(port),
            "--nocluster", "--disablephonehome",
            "--rootdir", root.toString(),
            "--prebootcommandfile",
                Path.of(System.getProperty("fc.it.serverConfig"), "sandbox", "preboot.asadmin").toString(),
            "--systemproperties", properties.toString()));
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("sandbox.log").toFile())
            .start();
    return new Sandbox(port, process);
  }

  String url() {
    return "http://localhost:" + port;
  }

  URI url(String path) {
    return URI.create(url() + path);
  }

  void awaitReady(Http http) throws Exception {
    http.awaitStatus(url("/idp/impots/.well-known/openid-configuration"), 200, Duration.ofMinutes(3));
  }

  /**
   * The sandbox's registry file at this sandbox's address.
   *
   * @param moreDataProviders entries to add to its "dataProviders", its last list
   */
  Path registryFile(Path work, String moreDataProviders) throws IOException {
    Path template = Path.of(System.getProperty("fc.it.serverConfig"), "sandbox", "registry.json");
    Path file = work.resolve("registry.json");
    String registry = Files.readString(template).replace("http://localhost:7100", url());
    // After the sandbox's own, which stays the one the consent page names for its scopes.
    int endOfDataProviders = registry.lastIndexOf(']');
    Files.writeString(
        file, registry.substring(0, endOfDataProviders) + "," + moreDataProviders + registry.substring(endOfDataProviders));
    return file;
  }

  long pid() {
    return process.pid();
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
