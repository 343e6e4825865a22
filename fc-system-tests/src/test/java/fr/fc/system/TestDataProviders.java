package fr.fc.system;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jwe.JsonWebEncryption;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.lang.JoseException;

/**
 * Two data providers of the tests' own, registered in fc beside the sandbox's: each holds its key
 * pair here, publishes the public half at its jwks_uri on loopback, and decrypts what fc sends it.
 * One answers in EC (ES256, ECDH-ES), the other in RSA (RS256, RSA-OAEP-256), serving other scopes.
 */
final class TestDataProviders implements AutoCloseable {

  static final String SECRET = "test-dp-secret-for-the-system-tests-only";

  final Provider ec;
  final Provider rsa;
  private final HttpServer server;

  private TestDataProviders(HttpServer server, Provider ec, Provider rsa) {
    this.server = server;
    this.ec = ec;
    this.rsa = rsa;
  }

  static TestDataProviders start() throws IOException, JoseException {
    PublicJsonWebKey ecKey = EcJwkGenerator.generateJwk(EllipticCurves.P256);
    ecKey.setKeyId("test-dp-ec");
    ecKey.setUse("enc");
    PublicJsonWebKey rsaKey = RsaJwkGenerator.generateJwk(2048);
    rsaKey.setKeyId("test-dp-rsa");
    rsaKey.setUse("enc");
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    serve(server, "/ec/jwks", ecKey);
    serve(server, "/rsa/jwks", rsaKey);
    server.start();
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    return new TestDataProviders(
        server,
        new Provider("test-dp", ecKey, base + "/ec/jwks", "ES256", "ECDH-ES", List.of("dgfip_rfr", "dgfip_nbpart")),
        new Provider("test-dp-rsa", rsaKey, base + "/rsa/jwks", "RS256", "RSA-OAEP-256", List.of("dgfip_sitfam")));
  }

  /** Their entries of fc's registry file, to add to its "dataProviders". */
  String registryEntries() {
    return ec.registryEntry() + ",\n" + rsa.registryEntry();
  }

  private static void serve(HttpServer server, String path, PublicJsonWebKey key) {
    String jwks = new JsonWebKeySet(List.<JsonWebKey>of(key)).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    server.createContext(
        path,
        exchange -> {
          byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** One test data provider: its client_id, key pair and how fc must answer it. */
  record Provider(
      String clientId, PublicJsonWebKey key, String jwksUri, String signingAlg, String encryptionAlg, List<String> scopes) {

    /** The JWS inside fc's JWE, which only this provider's private key opens. */
    String decrypt(String jwe) throws JoseException {
      JsonWebEncryption encrypted = new JsonWebEncryption();
      encrypted.setCompactSerialization(jwe);
      encrypted.setKey(key.getPrivateKey());
      return encrypted.getPayload();
    }

    /** The private key as a JWK, for the independent library that opens it too. */
    String privateJwk() {
      return key.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE);
    }

    String registryEntry() {
      return """
          {"id": "%s", "title": "Fournisseur de test %s", "clientId": "%s", "clientSecret": "%s",
           "scopes": [%s], "jwksUri": "%s", "checktokenSignedResponseAlg": "%s",
           "checktokenEncryptedResponseAlg": "%s", "checktokenEncryptedResponseEnc": "A256GCM"}"""
          .formatted(
              clientId, clientId, clientId, SECRET,
              String.join(", ", scopes.stream().map(scope -> "\"" + scope + "\"").toList()),
              jwksUri, signingAlg, encryptionAlg);
    }
  }
}
