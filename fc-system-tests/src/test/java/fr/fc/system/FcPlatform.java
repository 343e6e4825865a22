package fr.fc.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The system under test: the real fc-ear on a Payara Server domain that server-config's own script
 * creates, against a real PostgreSQL. Started once for all the system tests of a JVM.
 */
public final class FcPlatform implements ExtensionContext.Store.CloseableResource {

  static final String DB_NAME = "fc";
  static final String DB_USER = "fc";
  static final String DB_PASSWORD = "system-test-only";
  static final String RNIPP_TRUST_STORE_PASSWORD = "system-test-store";
  /** The tests' auditor; the hash is ./fc auditor-password's of AUDITOR_PASSWORD. */
  static final String AUDITOR = "auditeur";
  static final String AUDITOR_PASSWORD = "system-test-auditor";
  private static final String AUDITOR_HASH =
      "pbkdf2-sha256:210000:UbJKdQ9uQsWnZoNPLs727Q==:kbrVsdHP3xidtuYaxhCdw276Yo7t1YUbClHp4S2uKmk=";
  /** Checkpoints of the audit trail this often, so that tests see them. */
  static final int AUDIT_CHECKPOINT_SECONDS = 4;

  private final Path work = Path.of(System.getProperty("fc.it.work"));
  private final Path log = work.resolve("fc-domain.log");
  private final Path adminPasswordFile = work.resolve("admin-password");
  private final int httpPort = freePort();
  private final int adminPort = freePort();
  private final int opsPort = freePort();
  private final int portBase = freePortBlock();
  private final int databasePort = freePort();
  private final int sandboxPort = freePort();
  private final int smtpPort = freePort();
  private final Path databaseDirectory = work.resolve("postgresql");
  private final Http http = new Http();
  private EmbeddedPostgres postgres;
  private Sandbox sandbox;
  private TestDataProviders dataProviders;

  static FcPlatform start() throws Exception {
    FcPlatform platform = new FcPlatform();
    Runtime.getRuntime().addShutdownHook(new Thread(platform::close));
    platform.forgetEarlierRuns();
    platform.sandbox = Sandbox.start(platform.work, platform.sandboxPort, platform.smtpPort, platform.issuer());
    platform.dataProviders = TestDataProviders.start();
    platform.startDatabase();
    platform.createDatabase();
    platform.createRnippTrustStore();
    platform.domain("create");
    platform.domain("start");
    platform.domain("deploy");
    platform.awaitReady();
    platform.sandbox.awaitReady(platform.http);
    return platform;
  }

  /** A URL of fc's HTTP listener. */
  public URI url(String path) {
    return URI.create("http://localhost:" + httpPort + path);
  }

  /** A URL of the operations listener (health, metrics), on loopback only. */
  public URI opsUrl(String path) {
    return URI.create("http://127.0.0.1:" + opsPort + path);
  }

  /** A URL of the domain's admin listener (console and REST), on loopback only. */
  public URI adminUrl(String path) {
    return URI.create("http://127.0.0.1:" + adminPort + path);
  }

  public String issuer() {
    return "http://localhost:" + httpPort + "/api/v2";
  }

  public Http http() {
    return http;
  }

  /** The sandbox's demo partners. */
  Sandbox sandbox() {
    return sandbox;
  }

  /** The process id of fc's server, from the pid file Payara writes in its domain. */
  long serverPid() throws IOException {
    return Long.parseLong(Files.readString(configDirectory().resolve("pid")).trim());
  }

  /** The domain's config directory, where fc keeps its generated keys and secrets. */
  Path configDirectory() {
    return work.resolve("domains").resolve("fc-system-test").resolve("config");
  }

  /** Ends fc's server at once (SIGKILL), as a crash would: nothing of it runs after this returns. */
  void killServer() throws Exception {
    ProcessHandle server = ProcessHandle.of(serverPid()).orElseThrow();
    server.destroyForcibly();
    server.onExit().get();
  }

  /** Starts the domain again after {@link #killServer()}, and waits until fc is ready. */
  void startAfterKill() throws Exception {
    Files.deleteIfExists(configDirectory().resolve("pid"));
    domain("start");
    awaitReady();
  }

  String databaseUrl() {
    return "jdbc:postgresql://127.0.0.1:" + databasePort + "/" + DB_NAME;
  }

  /** The tests' own data providers, registered in fc. */
  TestDataProviders dataProviders() {
    return dataProviders;
  }

  /** Stops and starts the domain, as an operator restarting the server would. */
  public void restart() throws Exception {
    restartWithoutWaiting();
    awaitReady();
  }

  /** Stops and starts the domain, without waiting for fc to be ready. */
  public void restartWithoutWaiting() throws Exception {
    domain("stop");
    domain("start");
  }

  public void stopDatabase() throws IOException {
    postgres.close();
  }

  public void startDatabase() throws IOException {
    Files.createDirectories(databaseDirectory);
    postgres =
        EmbeddedPostgres.builder()
            .setPort(databasePort)
            .setDataDirectory(databaseDirectory)
            .setCleanDataDirectory(false)
            .start();
  }

  /** A connection to fc's database, as fc itself connects. */
  public Connection database() throws SQLException {
    return DriverManager.getConnection(databaseUrl(), DB_USER, DB_PASSWORD);
  }

  /** Runs an asadmin command against the domain, as its admin user, and returns what it printed. */
  public String asadmin(String... command) throws Exception {
    List<String> line = new java.util.ArrayList<>();
    line.add(Path.of(System.getProperty("fc.it.payaraHome"), "bin", "asadmin").toString());
    line.add("--port");
    line.add(String.valueOf(adminPort));
    line.add("--user");
    line.add("admin");
    line.add("--passwordfile");
    line.add(adminPasswordFile.toString());
    line.addAll(List.of(command));
    Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (process.waitFor() != 0) {
      throw new IllegalStateException("asadmin " + String.join(" ", command) + " failed:\n" + output);
    }
    return output;
  }

  /** Waits until fc's readiness check is UP. */
  public void awaitReady() throws Exception {
    http.awaitStatus(opsUrl("/health/ready"), 200, Duration.ofMinutes(3));
  }

  @Override
  public void close() {
    if (sandbox != null) {
      sandbox.close();
    }
    if (dataProviders != null) {
      dataProviders.close();
    }
    try {
      domain("stop");
    } catch (Exception e) {
      System.err.println("Could not stop the test domain: " + e.getMessage());
    }
    try {
      if (postgres != null) {
        postgres.close();
        postgres = null;
      }
    } catch (IOException e) {
      System.err.println("Could not stop PostgreSQL: " + e.getMessage());
    }
  }

  private void forgetEarlierRuns() throws IOException {
    Files.deleteIfExists(log);
    Files.deleteIfExists(adminPasswordFile);
    Files.deleteIfExists(rnippTrustStore());
    for (Path directory : List.of(work.resolve("domains"), databaseDirectory)) {
      if (Files.exists(directory)) {
        try (var paths = Files.walk(directory)) {
          for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.delete(path);
          }
        }
      }
    }
  }

  /** A gateway trust store as an operator would provide it: the connector must open it. */
  private void createRnippTrustStore() throws Exception {
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "rnipp-gateway", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=rnipp-gateway", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", rnippTrustStore().toString(), "-storepass", RNIPP_TRUST_STORE_PASSWORD)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    if (keytool.waitFor() != 0) {
      throw new IllegalStateException("keytool failed; see " + log);
    }
  }

  Path rnippTrustStore() {
    return work.resolve("rnipp-truststore.p12");
  }

  private void createDatabase() throws SQLException {
    try (Connection admin = postgres.getPostgresDatabase().getConnection();
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE USER " + DB_USER + " PASSWORD '" + DB_PASSWORD + "'");
      statement.execute("CREATE DATABASE " + DB_NAME + " OWNER " + DB_USER);
    }
  }

  private void domain(String command) throws Exception {
    Path script = Path.of(System.getProperty("fc.it.serverConfig"), "bin", "fc-domain");
    ProcessBuilder builder =
        new ProcessBuilder(script.toString(), command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(domainEnvironment());
    if (builder.start().waitFor() != 0) {
      throw new IllegalStateException(
          "fc-domain " + command + " failed; its output:\n" + Files.readString(log));
    }
  }

  private Map<String, String> domainEnvironment() throws IOException {
    Map<String, String> environment = new HashMap<>();
    environment.put("PAYARA_HOME", System.getProperty("fc.it.payaraHome"));
    environment.put("FC_DOMAIN", "fc-system-test");
    environment.put("FC_DOMAIN_DIR", work.resolve("domains").toString());
    environment.put("FC_HTTP_PORT", String.valueOf(httpPort));
    environment.put("FC_ADMIN_PORT", String.valueOf(adminPort));
    environment.put("FC_ADMIN_PASSWORD_FILE", adminPasswordFile.toString());
    environment.put("FC_OPS_PORT", String.valueOf(opsPort));
    environment.put("FC_PORT_BASE", String.valueOf(portBase));
    environment.put("FC_DB", "postgresql");
    environment.put("FC_DB_HOST", "127.0.0.1");
    environment.put("FC_DB_PORT", String.valueOf(databasePort));
    environment.put("FC_DB_NAME", DB_NAME);
    environment.put("FC_DB_USER", DB_USER);
    environment.put("FC_DB_PASSWORD", DB_PASSWORD);
    environment.put("FC_POSTGRESQL_DRIVER", System.getProperty("fc.it.postgresqlDriver"));
    environment.put("FC_EAR", System.getProperty("fc.it.ear"));
    environment.put("FC_REGISTRY_IMPORT_FILE", sandbox.registryFile(work, dataProviders.registryEntries()).toString());
    environment.put("FC_RNIPP_URL", sandbox.url() + "/rnipp");
    environment.put("FC_SMTP_HOST", "127.0.0.1");
    environment.put("FC_SMTP_PORT", String.valueOf(smtpPort));
    environment.put("FC_RNIPP_TRUST_STORE", rnippTrustStore().toString());
    environment.put("FC_RNIPP_TRUST_STORE_PASSWORD", RNIPP_TRUST_STORE_PASSWORD);
    environment.put("FC_AUDIT_CHECKPOINT_INTERVAL", String.valueOf(AUDIT_CHECKPOINT_SECONDS));
    environment.put("FC_AUDIT_AUDITORS", AUDITOR + ":" + AUDITOR_HASH);
    return environment;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A base for the domain's other ports: base+9 to base+91 must be free. */
  private static int freePortBlock() {
    for (int attempt = 0; attempt < 50; attempt++) {
      int base = ThreadLocalRandom.current().nextInt(200, 600) * 100;
      if (List.of(9, 37, 38, 39, 66, 76, 81, 86, 90, 91).stream().allMatch(o -> isFree(base + o))) {
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
