package fr.fc.rnipp.connector;

import static fr.fc.rnipp.connector.RegisterXml.ANGELA;
import static fr.fc.rnipp.connector.RegisterXml.answer;
import static fr.fc.rnipp.connector.RnippConnectionTest.ANGELA_QUERY;
import static fr.fc.rnipp.connector.RnippConnectionTest.connect;
import static fr.fc.rnipp.connector.RnippConnectionTest.failure;
import static fr.fc.rnipp.connector.RnippConnectionTest.factory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.rnipp.connector.RnippException.Failure;
import fr.fc.rnipp.connector.RnippResult.ResponseType;
import jakarta.resource.ResourceException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS as configuration: self-signed certificates made by the JDK's keytool, an HTTPS register
 * on 127.0.0.1 trusted (or not) through trustStorePath, and a client certificate through
 * keyStorePath.
 */
class RnippTlsTest {

  private static final String PASSWORD = "s3cret-pass";

  @TempDir static Path dir;

  /** The gateway's certificate: the one in the trust store. */
  private static Path gateway;
  /** Another self-signed certificate, in no trust store. */
  private static Path impostor;
  /** fc's client certificate. */
  private static Path client;
  /** Trusts the gateway's certificate. */
  private static Path trustStore;
  /** The gateway's trust store: trusts fc's client certificate. */
  private static Path clientTrustStore;

  @BeforeAll
  static void certificates() throws IOException, InterruptedException {
    gateway = keyPair("gateway");
    impostor = keyPair("impostor");
    client = keyPair("client");
    trustStore = trustStoreOf("trust", "gateway");
    clientTrustStore = trustStoreOf("client-trust", "client");
  }

  @Test
  void aGatewayTrustedThroughTheTrustStoreAnswers() throws Exception {
    try (RegisterStub register = RegisterStub.https(serverContext(gateway, null), false)) {
      register.answer(200, answer(2, ANGELA));

      try (RnippConnection connection = connect(trusting(register))) {
        assertEquals(ResponseType.TYPE_2_FOUND, connection.identify(ANGELA_QUERY).type());
      }
    }
  }

  @Test
  void anUntrustedGatewayIsAnHttpError() throws Exception {
    try (RegisterStub register = RegisterStub.https(serverContext(impostor, null), false)) {
      register.answer(200, answer(2, ANGELA));

      try (RnippConnection connection = connect(trusting(register))) {
        assertEquals(Failure.HTTP_ERROR, failure(connection).failure());
      }
      assertEquals(List.of(), register.requests());
    }
  }

  @Test
  void withoutTrustStoreTheJvmDefaultsDoNotTrustASelfSignedGateway() throws Exception {
    try (RegisterStub register = RegisterStub.https(serverContext(gateway, null), false)) {
      register.answer(200, answer(2, ANGELA));

      try (RnippConnection connection = connect(factory(register.registerUrl("https"), 3000))) {
        assertEquals(Failure.HTTP_ERROR, failure(connection).failure());
      }
    }
  }

  @Test
  void theClientCertificateComesFromTheKeyStore() throws Exception {
    try (RegisterStub register =
        RegisterStub.https(serverContext(gateway, clientTrustStore), true)) {
      register.answer(200, answer(8));
      RnippManagedConnectionFactory withCertificate = trusting(register);
      withCertificate.setKeyStorePath(client.toString());
      withCertificate.setKeyStorePassword(PASSWORD);

      try (RnippConnection connection = connect(withCertificate)) {
        assertEquals(ResponseType.TYPE_8_NOT_FOUND, connection.identify(ANGELA_QUERY).type());
      }
      try (RnippConnection connection = connect(trusting(register))) {
        // TLS 1.3: the gateway refuses the missing certificate after the client's side of the
        // handshake is done, so the client sees its connection closed rather than a TLS error.
        RnippException e = failure(connection);
        assertTrue(Set.of(Failure.HTTP_ERROR, Failure.TIMEOUT).contains(e.failure()), e.getMessage());
      }
      assertEquals(1, register.requests().size());
    }
  }

  @Test
  void aWrongPasswordFailsTheConnectionWithoutShowingIt() {
    RnippManagedConnectionFactory factory = factory("https://127.0.0.1:1/rnipp", 3000);
    factory.setTrustStorePath(trustStore.toString());
    factory.setTrustStorePassword("wrong-password-42");

    ResourceException e =
        assertThrows(ResourceException.class, () -> factory.createManagedConnection(null, null));
    assertFalse(e.getMessage().contains("wrong-password-42"), e.getMessage());
  }

  @Test
  void aMissingStoreFailsTheConnection() {
    RnippManagedConnectionFactory factory = factory("https://127.0.0.1:1/rnipp", 3000);
    factory.setKeyStorePath(dir.resolve("missing.p12").toString());
    factory.setKeyStorePassword(PASSWORD);

    ResourceException e =
        assertThrows(ResourceException.class, () -> factory.createManagedConnection(null, null));
    assertFalse(e.getMessage().contains(PASSWORD), e.getMessage());
  }

  private static RnippManagedConnectionFactory trusting(RegisterStub register) {
    RnippManagedConnectionFactory factory = factory(register.registerUrl("https"), 3000);
    factory.setTrustStorePath(trustStore.toString());
    factory.setTrustStorePassword(PASSWORD);
    return factory;
  }

  /** The stub's TLS: its key pair, and the certificates it trusts from clients. */
  private static SSLContext serverContext(Path keyStore, Path clientTrust)
      throws GeneralSecurityException, IOException {
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(load(keyStore), PASSWORD.toCharArray());
    TrustManagerFactory trust = null;
    if (clientTrust != null) {
      trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(load(clientTrust));
    }
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), trust == null ? null : trust.getTrustManagers(), null);
    return context;
  }

  private static KeyStore load(Path path) throws GeneralSecurityException, IOException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(path)) {
      store.load(in, PASSWORD.toCharArray());
    }
    return store;
  }

  /** A PKCS12 key store with a self-signed EC key pair for 127.0.0.1. */
  private static Path keyPair(String alias) throws IOException, InterruptedException {
    Path store = dir.resolve(alias + ".p12");
    keytool(
        "-genkeypair", "-alias", alias, "-keyalg", "EC", "-groupname", "secp256r1",
        "-dname", "CN=" + alias, "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2",
        "-keystore", store.toString(), "-storetype", "PKCS12",
        "-storepass", PASSWORD, "-keypass", PASSWORD);
    keytool(
        "-exportcert", "-alias", alias, "-keystore", store.toString(),
        "-storepass", PASSWORD, "-file", dir.resolve(alias + ".cer").toString());
    return store;
  }

  /** A PKCS12 trust store holding the certificate of {@code alias}. */
  private static Path trustStoreOf(String name, String alias)
      throws IOException, InterruptedException {
    Path store = dir.resolve(name + ".p12");
    keytool(
        "-importcert", "-noprompt", "-alias", alias,
        "-file", dir.resolve(alias + ".cer").toString(),
        "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);
    return store;
  }

  private static void keytool(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException("keytool " + arguments[0] + " failed: " + output);
    }
  }
}
