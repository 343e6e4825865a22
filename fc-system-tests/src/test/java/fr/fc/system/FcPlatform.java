package fr.fc.system;

import fr.fc.shared.config.Setting;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
  /** The environment variables of fc's rate limits: every fc.limits.* setting. */
  static final List<String> RATE_LIMITS =
      Arrays.stream(Setting.values())
          .map(Setting::key)
          .filter(key -> key.startsWith("fc.limits."))
          .map(key -> key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"))
          .toList();
  static final String AUDITOR_PASSWORD = "system-test-auditor";
  private static final String AUDITOR_HASH =
      "pbkdf2-sha256:210000:UbJKdQ9uQsWnZoNPLs727Q==:kbrVsdHP3xidtuYaxhCdw276Yo7t1YUbClHp4S2uKmk=";
  /** Checkpoints of the audit trail this often, so that tests see them. */
  static final int AUDIT_CHECKPOINT_SECONDS = 4;

  /** The Data Grid's name: the nodes of the tests' platform, and no other. */
  private static final String GRID_NAME = "fc-system-test-grid";

  private final Path work = Path.of(System.getProperty("fc.it.work"));
  private final Path log = work.resolve("fc-platform.log");
  private final int databasePort = FcNode.freePort();
  private final int sandboxPort = FcNode.freePort();
  private final int smtpPort = FcNode.freePort();
  private final Path databaseDirectory = work.resolve("postgresql");
  private final Http http = new Http();
  private final FcNode node;
  /** The node that joins the first in a cluster, when a test asks for it. */
  private final FcNode secondNode;
  private boolean secondNodeInstalled;
  private EmbeddedPostgres postgres;
  private Sandbox sandbox;
  private TestDataProviders dataProviders;

  private FcPlatform() {
    int base = FcNode.freePortBlock(0);
    node = new FcNode("fc-system-test", work, base, this::domainEnvironment);
    secondNode = new FcNode("fc-system-test-b", work, FcNode.freePortBlock(base), this::secondNodeEnvironment);
  }

  static FcPlatform start() throws Exception {
    FcPlatform platform = new FcPlatform();
    Runtime.getRuntime().addShutdownHook(new Thread(platform::close));
    platform.forgetEarlierRuns();
    platform.sandbox = Sandbox.start(platform.work, platform.sandboxPort, platform.smtpPort, platform.issuer());
    platform.dataProviders = TestDataProviders.start();
    platform.startDatabase();
    platform.createDatabase();
    platform.createRnippTrustStore();
    platform.node.install();
    platform.sandbox.awaitReady(platform.http);
    return platform;
  }

  /** A URL of fc's HTTP listener. */
  public URI url(String path) {
    return node.url(path);
  }

  /** A URL of the operations listener (health, metrics), on loopback only. */
  public URI opsUrl(String path) {
    return node.opsUrl(path);
  }

  /** A URL of the domain's admin listener (console and REST), on loopback only. */
  public URI adminUrl(String path) {
    return node.adminUrl(path);
  }

  public String issuer() {
    return "http://localhost:" + node.httpPort() + "/api/v2";
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
    return node.serverPid();
  }

  /** The domain's config directory, where fc keeps its generated keys and secrets. */
  Path configDirectory() {
    return node.configDirectory();
  }

  /** Ends fc's server at once (SIGKILL), as a crash would: nothing of it runs after this returns. */
  void killServer() throws Exception {
    node.kill();
  }

  /** Starts the domain again after {@link #killServer()}, and waits until fc is ready. */
  void startAfterKill() throws Exception {
    node.startAfterKill();
  }

  /**
   * The second node of a cluster with the first: another domain in the same Data Grid, on the same
   * database, with the same keys, secrets, issuer and partners. Installed on first use.
   */
  synchronized FcNode secondNode() throws Exception {
    if (!secondNodeInstalled) {
      secondNode.install();
      secondNodeInstalled = true;
    }
    return secondNode;
  }

  /** The first node, as {@link #secondNode()} gives the second. */
  FcNode firstNode() {
    return node;
  }

  String databaseUrl() {
    return "jdbc:postgresql://127.0.0.1:" + databasePort + "/" + DB_NAME;
  }

  /** The tests' own data providers, registered in fc. */
  TestDataProviders dataProviders() {
    return dataProviders;
  }

  /** Stops and starts the domain, without waiting for fc to be ready. */
  public void restartWithoutWaiting() throws Exception {
    node.stop();
    node.start();
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
    return node.asadmin(command);
  }

  /** Waits until fc's readiness check is UP. */
  public void awaitReady() throws Exception {
    node.awaitReady();
  }

  @Override
  public void close() {
    if (sandbox != null) {
      sandbox.close();
    }
    if (dataProviders != null) {
      dataProviders.close();
    }
    for (FcNode each : secondNodeInstalled ? List.of(secondNode, node) : List.of(node)) {
      try {
        each.stop();
      } catch (Exception e) {
        System.err.println("Could not stop the test domain " + each.name() + ": " + e.getMessage());
      }
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

  private Map<String, String> domainEnvironment() {
    Map<String, String> environment = new HashMap<>();
    environment.put("FC_OIDC_ISSUER", issuer());
    environment.put("FC_GRID_NAME", GRID_NAME);
    environment.put("FC_GRID_MEMBERS", node.gridMember() + "," + secondNode.gridMember());
    environment.put("FC_DB", "postgresql");
    environment.put("FC_DB_HOST", "127.0.0.1");
    environment.put("FC_DB_PORT", String.valueOf(databasePort));
    environment.put("FC_DB_NAME", DB_NAME);
    environment.put("FC_DB_USER", DB_USER);
    environment.put("FC_DB_PASSWORD", DB_PASSWORD);
    environment.put("FC_POSTGRESQL_DRIVER", System.getProperty("fc.it.postgresqlDriver"));
    environment.put("FC_EAR", System.getProperty("fc.it.ear"));
    try {
      environment.put("FC_REGISTRY_IMPORT_FILE", sandbox.registryFile(work, dataProviders.registryEntries()).toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    environment.put("FC_RNIPP_URL", sandbox.url() + "/rnipp");
    environment.put("FC_SMTP_HOST", "127.0.0.1");
    environment.put("FC_SMTP_PORT", String.valueOf(smtpPort));
    environment.put("FC_RNIPP_TRUST_STORE", rnippTrustStore().toString());
    environment.put("FC_RNIPP_TRUST_STORE_PASSWORD", RNIPP_TRUST_STORE_PASSWORD);
    environment.put("FC_AUDIT_CHECKPOINT_INTERVAL", String.valueOf(AUDIT_CHECKPOINT_SECONDS));
    environment.put("FC_CRYPTO_KEY_PUBLICATION_DELAY", "15");
    // The load tests' notices wait in a short queue: the next tests' e-mails are not held behind thousands.
    environment.put("FC_MAIL_QUEUE_CAPACITY", "100");
    // An open circuit refuses for 5 s before its probe: long enough for a test to meet it on either node.
    environment.put("FC_RNIPP_PROBE_INTERVAL", "5");
    environment.put("FC_AUDIT_AUDITORS", AUDITOR + ":" + AUDITOR_HASH);
    // The benchmark's driver is one address standing for a crowd of citizens: it sets its own rates.
    String rate = System.getProperty("fc.it.rateLimit");
    if (rate != null) {
      RATE_LIMITS.forEach(limit -> environment.put(limit, rate));
    }
    return environment;
  }

  /**
   * The first node's settings, but its keys and secrets: those the first node made (the signing
   * keys file, and the secrets fc keeps beside it), and the admin API's key. Its own name in the trail.
   */
  private Map<String, String> secondNodeEnvironment() {
    Map<String, String> environment = domainEnvironment();
    Path keys = node.configDirectory();
    environment.put("FC_CRYPTO_SIGNING_KEYS_FILE", keys.resolve("fc-signing-keys.json").toString());
    environment.put("FC_CRYPTO_ENCRYPTION_KEYS_FILE", keys.resolve("fc-encryption-keys.json").toString());
    environment.put("FC_ADMIN_JWT_PUBLIC_KEY", keys.resolve("fc-admin-jwt-public.pem").toString());
    environment.put("FC_AUDIT_NODE", "node-b");
    // Behind the tests' load balancer, which runs on loopback.
    environment.put("FC_REQUEST_TRUSTED_PROXIES", "127.0.0.1");
    // Each checktoken answer costs a signature and an encryption: on two shared cores the tests' floods
    // could not outrun the default rates, so this node's are a tenth of them (RateLimitIT).
    environment.put("FC_LIMITS_CHECKTOKEN_PER_CLIENT", "20");
    environment.put("FC_LIMITS_CHECKTOKEN_PER_ADDRESS", "40");
    return environment;
  }
}
