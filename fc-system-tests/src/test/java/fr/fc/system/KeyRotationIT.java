package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.audit.AuditChain.StoredRow;
import fr.fc.audit.AuditEvent;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A rotation of fc's signing keys on two nodes sharing one key file: the operator rotates on one,
 * both publish the new keys within seconds and keep signing with the old ones until the publication
 * delay (FcPlatform sets it to 15 s) has passed; then both sign with the new ones, which their JWKS
 * verifies; the old keys leave the JWKS once the tokens they signed have expired. Auditors see the
 * keys, they do not rotate them.
 */
@ExtendWith(SystemTest.class)
class KeyRotationIT {

  /** FcPlatform's FC_CRYPTO_KEY_PUBLICATION_DELAY. */
  private static final Duration PUBLICATION = Duration.ofSeconds(15);
  /** The default ID token lifetime, and some slack. */
  private static final Duration RETIREMENT = Duration.ofSeconds(60 + 15);

  @Test
  void aRotationOnOneNodeTakesEffectOnBothAtTheInstantOfTheFile(FcPlatform fc) throws Exception {
    URI a = fc.firstNode().url("");
    URI b = fc.secondNode().url("");
    String code = new RoutedLogin(fc, new Browser(), List.of(a)).run(false).code();
    String operator = RegistryApi.mint(fc, "fc-operators", "fc-admin", "key-rotator");

    Map<String, Object> rotation = rotate(fc, operator);
    String redeemedRightAfter = idTokenOf(RoutedLogin.token(fc, code, a));

    String oldKid = (String) es256((List<?>) rotation.get("retiring")).get("kid");
    Map<String, Object> added = es256((List<?>) rotation.get("added"));
    String newKid = (String) added.get("kid");
    Instant signFrom = Instant.parse((String) added.get("signFrom"));
    assertTrue(Instant.now().isBefore(signFrom), "the code was redeemed before the new key signs, at " + signFrom);
    assertTrue(Instant.now().plus(PUBLICATION).plusSeconds(1).isAfter(signFrom), "FcPlatform's publication delay: " + rotation);
    assertEquals(oldKid, kidOf(redeemedRightAfter), "right after the rotation, the old key signs");
    // The nodes read the key file every 5 s: both publish the new keys before they sign.
    RegistryApi.await("both nodes publish the same four keys", Duration.between(Instant.now(), signFrom), () -> publishTheSame(fc, a, b, 4));
    assertTrue(kids(jwks(fc, b)).containsAll(Set.of(oldKid, newKid)));

    awaitInstant(signFrom);
    for (URI node : List.of(a, b)) {
      String idToken = idToken(fc, new RoutedLogin(fc, new Browser(), List.of(node)).run(true));
      assertEquals(newKid, kidOf(idToken), "the new key signs on " + node);
      assertEquals(TokenIT.CLIENT_ID, verified(fc, idToken, jwks(fc, node)).getAudience().get(0));
    }

    RegistryApi.await("the old keys leave the JWKS of both nodes", RETIREMENT, () -> publishTheSame(fc, a, b, 2));
    assertTrue(kids(jwks(fc, a)).contains(newKid));
    StoredRow audited = onlyRotationNaming(fc, newKid);
    assertEquals("key-rotator", audited.record().actor());
  }

  @Test
  void auditorsSeeTheKeysButDoNotRotateThem(FcPlatform fc) throws Exception {
    String auditor = AdminApiIT.token(fc, "auditor");

    HttpResponse<String> refused = RegistryApi.post(fc, auditor, "/api/admin/keys/rotate", null);
    List<Map<String, Object>> keys = RegistryApi.list(RegistryApi.get(fc, auditor, "/api/admin/keys"));

    RegistryApi.assertError(refused, 403, "insufficient_scope", "an auditor's rotation");
    assertTrue(
        keys.stream().anyMatch(key -> "ES256".equals(key.get("alg")) && "signing".equals(key.get("state"))), keys.toString());
  }

  @Test
  void aNodeThatCannotReadItsKeyFileLeavesTheBalancerUntilTheFileIsBack(FcPlatform fc) throws Exception {
    Path file = fc.configDirectory().resolve("fc-signing-keys.json");
    String keys = Files.readString(file);
    Files.writeString(file, "{\"keys\": [");
    try {
      HttpResponse<String> down = fc.http().awaitStatus(fc.opsUrl("/health/ready"), 503, Duration.ofSeconds(15));
      assertEquals("DOWN", DeploymentIT.check(Http.json(down.body()), "signing-key-file").get("status"), down.body());
      assertEquals(200, fc.http().get(fc.url("/api/v2/jwks")).statusCode(), "it keeps its keys meanwhile");
      String operator = RegistryApi.mint(fc, "fc-operators", "fc-admin", "unlucky-rotator");
      RegistryApi.assertError(
          RegistryApi.post(fc, operator, "/api/admin/keys/rotate", null), 503, "temporarily_unavailable", "a rotation of an unusable file");
      assertEquals("{\"keys\": [", Files.readString(file), "nothing written");
      StoredRow refused =
          AuditTrailRows.awaitRow(fc, row -> row.record().event() == AuditEvent.SIGNING_KEYS_ROTATION_REFUSED).stream()
              .filter(row -> row.record().event() == AuditEvent.SIGNING_KEYS_ROTATION_REFUSED)
              .reduce((first, second) -> second)
              .orElseThrow();
      assertEquals("unlucky-rotator", refused.record().actor());
    } finally {
      Files.writeString(file, keys);
    }
    fc.http().awaitStatus(fc.opsUrl("/health/ready"), 200, Duration.ofSeconds(15));
  }

  private static Map<String, Object> rotate(FcPlatform fc, String operator) throws Exception {
    HttpResponse<String> answer = RegistryApi.post(fc, operator, "/api/admin/keys/rotate", null);
    assertEquals(200, answer.statusCode(), answer.body());
    return Http.json(answer.body());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> es256(List<?> keys) {
    return keys.stream()
        .map(key -> (Map<String, Object>) key)
        .filter(key -> "ES256".equals(key.get("alg")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no ES256 key in " + keys));
  }

  private static String idToken(FcPlatform fc, RoutedLogin.Outcome login) {
    return (String) login.tokens().get("id_token");
  }

  private static String idTokenOf(HttpResponse<String> tokens) throws Exception {
    assertEquals(200, tokens.statusCode(), tokens.body());
    return (String) Http.json(tokens.body()).get("id_token");
  }

  private static String jwks(FcPlatform fc, URI node) throws Exception {
    HttpResponse<String> response = fc.http().get(RoutedLogin.on(node, fc.url("/api/v2/jwks")));
    assertEquals(200, response.statusCode(), response.body());
    return response.body();
  }

  private static boolean publishTheSame(FcPlatform fc, URI a, URI b, int keys) throws Exception {
    String published = jwks(fc, a);
    return published.equals(jwks(fc, b)) && kids(published).size() == keys;
  }

  private static Set<String> kids(String jwks) throws Exception {
    return new JsonWebKeySet(jwks).getJsonWebKeys().stream().map(JsonWebKey::getKeyId).collect(Collectors.toSet());
  }

  private static String kidOf(String jwt) throws Exception {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setCompactSerialization(jwt);
    return jws.getKeyIdHeaderValue();
  }

  /** The ID token as an SP verifies it, with the JWKS that node published. */
  private static JwtClaims verified(FcPlatform fc, String idToken, String jwks) throws Exception {
    return new JwtConsumerBuilder()
        .setExpectedIssuer(fc.issuer())
        .setExpectedAudience(TokenIT.CLIENT_ID)
        .setRequireExpirationTime()
        .setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(jwks).getJsonWebKeys()))
        .build()
        .processToClaims(idToken);
  }

  private static void awaitInstant(Instant instant) throws InterruptedException {
    // A second more: the nodes and the test read the same clock, but the login's steps take time too.
    long wait = Duration.between(Instant.now(), instant.plusSeconds(1)).toMillis();
    if (wait > 0) {
      Thread.sleep(wait);
    }
  }

  private static StoredRow onlyRotationNaming(FcPlatform fc, String kid) throws Exception {
    List<StoredRow> rotations =
        AuditTrailRows.awaitRow(fc, row -> isRotationNaming(row, kid)).stream().filter(row -> isRotationNaming(row, kid)).toList();
    assertEquals(1, rotations.size(), rotations.toString());
    return rotations.get(0);
  }

  private static boolean isRotationNaming(StoredRow row, String kid) {
    return row.record().event() == AuditEvent.SIGNING_KEYS_ROTATED && row.record().detail() != null && row.record().detail().contains(kid);
  }
}
