package fr.fc.system;

import static fr.fc.system.RegistryApi.DATA_PROVIDERS;
import static fr.fc.system.RegistryApi.IDENTITY_PROVIDERS;
import static fr.fc.system.RegistryApi.REGISTRY;
import static fr.fc.system.RegistryApi.SERVICE_PROVIDERS;
import static fr.fc.system.RegistryApi.assertError;
import static fr.fc.system.RegistryApi.assertRefusedAtAuthorize;
import static fr.fc.system.RegistryApi.authenticates;
import static fr.fc.system.RegistryApi.await;
import static fr.fc.system.RegistryApi.clientIds;
import static fr.fc.system.RegistryApi.codeFor;
import static fr.fc.system.RegistryApi.created;
import static fr.fc.system.RegistryApi.delete;
import static fr.fc.system.RegistryApi.get;
import static fr.fc.system.RegistryApi.isServedAtAuthorize;
import static fr.fc.system.RegistryApi.list;
import static fr.fc.system.RegistryApi.mint;
import static fr.fc.system.RegistryApi.operator;
import static fr.fc.system.RegistryApi.post;
import static fr.fc.system.RegistryApi.put;
import static fr.fc.system.RegistryApi.randomHex;
import static fr.fc.system.RegistryApi.redeem;
import static fr.fc.system.RegistryApi.send;
import static fr.fc.system.RegistryApi.serviceProvider;
import static fr.fc.system.RegistryApi.uniqueId;
import static fr.fc.system.RegistryApi.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The registry's admin API (docs/registry.md, issue 13): only operators of the fc-admin role change
 * the partners; a change is checked, audited with its operator, and takes effect at once, on this
 * node by the call itself and on the others through the registry's version. Every test registers
 * partners of its own ("it-reg-..."), and gives back any of the sandbox's it touches.
 */
@ExtendWith(SystemTest.class)
class RegistryAdminIT {

  private static final String SANDBOX_IDP = "ameli";
  private static final String SANDBOX_IDP_TITLE = "Ameli (démonstration)";

  @Test
  void onlyAValidTokenOfAnOperatorChangesTheRegistry(FcPlatform fc) throws Exception {
    String clientId = uniqueId("sp");
    String auditor = mint(fc, "fc-operators", "auditor", "auditor");
    String otherIssuer = mint(fc, "someone-else", "fc-admin", "operator");
    String expired = signedHere(fc, Instant.now().minusSeconds(120));
    assertEquals(200, get(fc, signedHere(fc, Instant.now().plusSeconds(300)), SERVICE_PROVIDERS).statusCode(),
        "the same token, unexpired, is accepted: the 401 below is for the expiry only");

    for (String[] call : registryCalls(clientId)) {
      String what = call[0] + " " + call[1];
      assertError(send(fc, null, call[0], call[1], call[2]), 401, "invalid_token", "without a token: " + what);
      assertError(send(fc, expired, call[0], call[1], call[2]), 401, "invalid_token", "expired: " + what);
      assertError(send(fc, otherIssuer, call[0], call[1], call[2]), 401, "invalid_token", "another issuer: " + what);
      assertError(send(fc, auditor, call[0], call[1], call[2]), 403, "insufficient_scope", "an auditor: " + what);
    }
    assertError(get(fc, operator(fc), SERVICE_PROVIDERS + "/" + clientId), 404, "not_found", "no refused call created it");
  }

  @Test
  void anOperatorCreatesReadsUpdatesAndDeletesAnSp(FcPlatform fc) throws Exception {
    String operator = operator(fc);
    String clientId = uniqueId("sp");

    Map<String, Object> created = created(fc, operator, SERVICE_PROVIDERS, serviceProvider(clientId));

    String secret = (String) created.get("clientSecret");
    assertTrue(secret.matches("[0-9a-f]{64}"), "256 random bits in hex: " + secret);
    assertTrue(created.get("warnings") instanceof List, created.toString());
    HttpResponse<String> read = get(fc, operator, SERVICE_PROVIDERS + "/" + clientId);
    assertEquals(200, read.statusCode(), read.body());
    assertFalse(read.body().contains(secret) || read.body().contains("clientSecret"), "shown once: " + read.body());
    Map<String, Object> entry = Http.json(read.body());
    assertEquals(clientId, entry.get("entityId"), "the entity defaults to the clientId");
    assertEquals("public", entry.get("type"));
    assertEquals(true, entry.get("active"));
    assertEquals("ES256", entry.get("idTokenSigningAlg"));
    HttpResponse<String> all = get(fc, operator, SERVICE_PROVIDERS);
    assertTrue(clientIds(all).contains(clientId), all.body());
    assertFalse(all.body().contains(secret) || all.body().contains("clientSecret"), "the list holds no secret");

    Map<String, Object> renamed = with(entry, "name", "Nom changé " + clientId);
    HttpResponse<String> updated = put(fc, operator, SERVICE_PROVIDERS + "/" + clientId, renamed);
    assertEquals(200, updated.statusCode(), updated.body());
    assertEquals("Nom changé " + clientId, Http.json(updated.body()).get("name"));
    assertEquals("Nom changé " + clientId, Http.json(get(fc, operator, SERVICE_PROVIDERS + "/" + clientId).body()).get("name"));
    assertError(put(fc, operator, SERVICE_PROVIDERS + "/" + clientId, with(entry, "clientId", uniqueId("sp"))), 400,
        "invalid_request", "the body's clientId must match the path's");
    assertError(post(fc, operator, SERVICE_PROVIDERS, serviceProvider(clientId)), 409, "conflict", "the clientId exists");

    assertEquals(204, delete(fc, operator, SERVICE_PROVIDERS + "/" + clientId).statusCode());
    assertError(get(fc, operator, SERVICE_PROVIDERS + "/" + clientId), 404, "not_found", "deleted");
    assertError(delete(fc, operator, SERVICE_PROVIDERS + "/" + clientId), 404, "not_found", "deleted already");
  }

  @Test
  void anSpCreatedThroughTheApiLogsCitizensInAtOnce(FcPlatform fc) throws Exception {
    String operator = operator(fc);
    String clientId = uniqueId("sp");
    String secret = (String) created(fc, operator, SERVICE_PROVIDERS, serviceProvider(clientId)).get("clientSecret");
    try {
      HttpResponse<String> tokens = redeem(fc, clientId, secret, codeFor(fc, clientId));

      assertEquals(200, tokens.statusCode(), tokens.body());
      JwtClaims idToken = idToken(fc, (String) Http.json(tokens.body()).get("id_token"), clientId);
      assertEquals("a-nonce-of-twenty-two-characters-or-more", idToken.getStringClaimValue("nonce"));
    } finally {
      delete(fc, operator, SERVICE_PROVIDERS + "/" + clientId);
    }
  }

  /** laposte is registered with "amr": ["fc", "pwd"] (server-config/sandbox/registry.json); impots with none. */
  @Test
  void theAmrOfAnIdTokenIsTheIdpsRegisteredOneElseTheIdpsOwn(FcPlatform fc) throws Exception {
    String operator = operator(fc);
    String clientId = uniqueId("sp");
    String secret =
        (String) created(fc, operator, SERVICE_PROVIDERS, with(serviceProvider(clientId), "scopes", List.of("openid", "profile", "amr")))
            .get("clientSecret");
    try {
      assertEquals(List.of("fc", "pwd"), amrOfALoginThrough(fc, clientId, secret, "laposte"));
      assertEquals(List.of("pwd"), amrOfALoginThrough(fc, clientId, secret, "impots"), "the demo IdP's own");
    } finally {
      delete(fc, operator, SERVICE_PROVIDERS + "/" + clientId);
    }
  }

  private static List<String> amrOfALoginThrough(FcPlatform fc, String clientId, String secret, String idp) throws Exception {
    Map<String, String> request = RegistryApi.authorizeRequest(fc, clientId);
    request.put("claims", "{\"id_token\":{\"amr\":{\"essential\":true}}}");
    URI back = BrokeredLoginIT.loginThrough(fc, new Browser(), AuthorizeIT.url(fc, request), idp, "test");
    HttpResponse<String> tokens = redeem(fc, clientId, secret, AuthorizeIT.query(back).get("code"));
    assertEquals(200, tokens.statusCode(), tokens.body());
    return idToken(fc, (String) Http.json(tokens.body()).get("id_token"), clientId).getStringListClaimValue("amr");
  }

  @Test
  void aDeactivatedSpIsRefusedAtOnceAndServedAgainOnceActivated(FcPlatform fc) throws Exception {
    String operator = operator(fc);
    String clientId = uniqueId("sp");
    String secret = (String) created(fc, operator, SERVICE_PROVIDERS, serviceProvider(clientId)).get("clientSecret");
    try {
      String code = codeFor(fc, clientId);

      HttpResponse<String> deactivated = post(fc, operator, SERVICE_PROVIDERS + "/" + clientId + "/deactivate", null);

      assertEquals(200, deactivated.statusCode(), deactivated.body());
      assertEquals(false, Http.json(deactivated.body()).get("active"));
      assertRefusedAtAuthorize(fc, clientId);
      assertError(redeem(fc, clientId, secret, code), 401, "invalid_client", "a code it got before is no use to it now");
      assertFalse(authenticates(fc, clientId, secret));

      HttpResponse<String> activated = post(fc, operator, SERVICE_PROVIDERS + "/" + clientId + "/activate", null);

      assertEquals(200, activated.statusCode(), activated.body());
      assertEquals(true, Http.json(activated.body()).get("active"));
      assertTrue(isServedAtAuthorize(fc, clientId));
      assertTrue(authenticates(fc, clientId, secret));
    } finally {
      delete(fc, operator, SERVICE_PROVIDERS + "/" + clientId);
    }
  }

  @Test
  void aRotatedSecretKeepsWorkingForItsGracePeriodOnly(FcPlatform fc) throws Exception {
    String operator = operator(fc);
    String clientId = uniqueId("sp");
    String old = (String) created(fc, operator, SERVICE_PROVIDERS, serviceProvider(clientId)).get("clientSecret");
    try {
      Instant before = Instant.now();
      HttpResponse<String> rotated = post(fc, operator, SERVICE_PROVIDERS + "/" + clientId + "/secret", Map.of("gracePeriodSeconds", 3));

      assertEquals(200, rotated.statusCode(), rotated.body());
      Map<String, Object> answer = Http.json(rotated.body());
      String current = (String) answer.get("clientSecret");
      assertTrue(current.matches("[0-9a-f]{64}"), current);
      assertNotEquals(old, current);
      Instant validUntil = Instant.parse((String) answer.get("previousSecretValidUntil"));
      assertTrue(!validUntil.isBefore(before.plusSeconds(2)) && validUntil.isBefore(Instant.now().plusSeconds(5)), validUntil.toString());
      assertTrue(authenticates(fc, clientId, old), "the old secret during its grace period");
      assertTrue(authenticates(fc, clientId, current), "the new secret");

      await("the old secret to be refused after its grace period", Duration.ofSeconds(15), () -> !authenticates(fc, clientId, old));
      assertTrue(authenticates(fc, clientId, current), "the new secret still");
      assertEquals(200, redeem(fc, clientId, current, codeFor(fc, clientId)).statusCode(), "a whole login with it");
    } finally {
      delete(fc, operator, SERVICE_PROVIDERS + "/" + clientId);
    }
  }

  @Test
  void aBadEntryIsRefusedNamingItsFieldAndChangesNothing(FcPlatform fc) throws Exception {
    String operator = operator(fc);
    List<String> before = clientIds(get(fc, operator, SERVICE_PROVIDERS));
    record Bad(String field, Map<String, Object> entry) {}
    List<Bad> badEntries =
        List.of(
            new Bad("redirectUris", with(serviceProvider(uniqueId("sp")), "redirectUris", List.of("http://sp.example/cb"))),
            new Bad("redirectUris", with(serviceProvider(uniqueId("sp")), "redirectUris", List.of("/callback"))),
            new Bad("scopes", with(serviceProvider(uniqueId("sp")), "scopes", List.of("openid", "not_a_scope"))),
            new Bad("name", with(serviceProvider(uniqueId("sp")), "name", "n".repeat(300))),
            new Bad("type", with(serviceProvider(uniqueId("sp")), "type", "semi-public")));

    for (Bad bad : badEntries) {
      Map<String, Object> error = assertError(post(fc, operator, SERVICE_PROVIDERS, bad.entry()), 400, "invalid_request", bad.field());
      assertTrue(((String) error.get("error_description")).contains(bad.field()), "names " + bad.field() + ": " + error);
      assertError(get(fc, operator, SERVICE_PROVIDERS + "/" + bad.entry().get("clientId")), 404, "not_found", "not created");
    }
    assertError(send(fc, operator, "POST", SERVICE_PROVIDERS, "{\"name\": \"not JSON"), 400, "invalid_request", "not JSON");
    assertEquals(before, clientIds(get(fc, operator, SERVICE_PROVIDERS)), "nothing changed");
  }

  @Test
  void anIdpWhoseDiscoveryCannotBeFetchedIsRegisteredWithAWarning(FcPlatform fc) throws Exception {
    String operator = operator(fc);
    String id = uniqueId("idp");
    String secret = randomHex();
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("id", id);
    entry.put("title", "Fournisseur injoignable " + id);
    entry.put("issuer", "http://127.0.0.1:1/nothing");
    entry.put("clientId", "fc");
    entry.put("clientSecret", secret);
    try {
      HttpResponse<String> created = post(fc, operator, IDENTITY_PROVIDERS, entry);

      assertEquals(201, created.statusCode(), created.body());
      assertFalse(((List<?>) Http.json(created.body()).get("warnings")).isEmpty(), created.body());
      assertFalse(created.body().contains(secret), "fc's secret at the IdP is write-only");
      HttpResponse<String> read = get(fc, operator, IDENTITY_PROVIDERS + "/" + id);
      assertEquals(200, read.statusCode(), read.body());
      assertEquals("http://127.0.0.1:1/nothing", Http.json(read.body()).get("issuer"));
      assertFalse(read.body().contains(secret));
    } finally {
      assertEquals(204, delete(fc, operator, IDENTITY_PROVIDERS + "/" + id).statusCode());
    }
    assertError(get(fc, operator, IDENTITY_PROVIDERS + "/" + id), 404, "not_found", "deleted");
  }

  @Test
  void aDeactivatedIdpIsOfferedNoMoreAtOnce(FcPlatform fc) throws Exception {
    String operator = operator(fc);
    HttpResponse<String> all = get(fc, operator, IDENTITY_PROVIDERS);
    assertTrue(list(all).stream().anyMatch(idp -> SANDBOX_IDP.equals(idp.get("id"))), all.body());
    HttpResponse<String> read = get(fc, operator, IDENTITY_PROVIDERS + "/" + SANDBOX_IDP);
    assertEquals(true, Http.json(read.body()).get("active"), read.body());
    assertFalse(read.body().contains("clientSecret") || read.body().contains("sandbox-idp-secret-for-demo-only"), read.body());
    try {
      HttpResponse<String> deactivated = post(fc, operator, IDENTITY_PROVIDERS + "/" + SANDBOX_IDP + "/deactivate", null);

      assertEquals(200, deactivated.statusCode(), deactivated.body());
      assertFalse(choicePage(fc).contains(SANDBOX_IDP_TITLE), "not offered on the choice page");
      URI hinted = Browser.location(new Browser().get(AuthorizeIT.url(fc, hintAt(fc, SANDBOX_IDP))));
      assertEquals("invalid_idp_hint", AuthorizeIT.query(hinted).get("error"), hinted.toString());
    } finally {
      HttpResponse<String> activated = post(fc, operator, IDENTITY_PROVIDERS + "/" + SANDBOX_IDP + "/activate", null);
      assertEquals(200, activated.statusCode(), activated.body());
    }
    assertTrue(choicePage(fc).contains(SANDBOX_IDP_TITLE), "offered again");
    URI hinted = Browser.location(new Browser().get(AuthorizeIT.url(fc, hintAt(fc, SANDBOX_IDP))));
    assertTrue(hinted.toString().startsWith(fc.sandbox().url() + "/idp/" + SANDBOX_IDP + "/authorize?"), hinted.toString());
  }

  @Test
  void everyChangeIsAuditedWithItsOperatorAndNeverItsSecret(FcPlatform fc) throws Exception {
    String alice = mint(fc, "fc-operators", "fc-admin", "alice");
    String clientId = uniqueId("sp");
    Map<String, Object> entry = with(serviceProvider(clientId), "name", "Ancien nom " + clientId);
    String secret = (String) created(fc, alice, SERVICE_PROVIDERS, entry).get("clientSecret");
    assertEquals(200, put(fc, alice, SERVICE_PROVIDERS + "/" + clientId, with(entry, "name", "Nouveau nom " + clientId)).statusCode());
    String rotated = (String) Http.json(post(fc, alice, SERVICE_PROVIDERS + "/" + clientId + "/secret", Map.of()).body()).get("clientSecret");
    assertEquals(200, post(fc, alice, SERVICE_PROVIDERS + "/" + clientId + "/deactivate", null).statusCode());
    assertEquals(400, put(fc, alice, SERVICE_PROVIDERS + "/" + clientId, with(entry, "redirectUris", List.of("http://sp.example/cb"))).statusCode());
    assertEquals(204, delete(fc, alice, SERVICE_PROVIDERS + "/" + clientId).statusCode());
    List<String> expected =
        List.of("PARTNER_CREATED", "PARTNER_UPDATED", "PARTNER_SECRET_ROTATED", "PARTNER_DEACTIVATED", "REGISTRY_CHANGE_REFUSED", "PARTNER_DELETED");

    List<AuditedChange> changes = awaitChanges(fc, clientId, expected.size());

    assertEquals(expected, changes.stream().map(AuditedChange::event).toList());
    for (AuditedChange change : changes) {
      assertEquals("alice", change.actor(), change.toString());
      assertFalse(change.detail() != null && (change.detail().contains(secret) || change.detail().contains(rotated)), "no secret: " + change);
    }
    String updated = changes.get(1).detail();
    assertTrue(updated.contains("Ancien nom " + clientId) && updated.contains("Nouveau nom " + clientId), "before and after: " + updated);
  }

  @Test
  void aChangeMadeByAnotherNodeIsFollowedThroughTheRegistryVersion(FcPlatform fc) throws Exception {
    String operator = operator(fc);
    String clientId = uniqueId("sp");
    created(fc, operator, SERVICE_PROVIDERS, serviceProvider(clientId));
    try {
      writeActive(fc, clientId, false, true);
      await("the SP to be refused", Duration.ofSeconds(5), () -> !isServedAtAuthorize(fc, clientId));
      assertRefusedAtAuthorize(fc, clientId);

      writeActive(fc, clientId, true, true);
      await("the SP to be served again", Duration.ofSeconds(5), () -> isServedAtAuthorize(fc, clientId));

      writeActive(fc, clientId, false, false);
      Thread.sleep(2500);
      assertTrue(isServedAtAuthorize(fc, clientId), "no login reads the database: without a new version, no node looks");
    } finally {
      delete(fc, operator, SERVICE_PROVIDERS + "/" + clientId);
    }
  }

  /** Each call of the registry's API, as {method, path, body}: the bodies would be valid for an operator. */
  private static List<String[]> registryCalls(String clientId) {
    String sp = JsonUtil.toJson(serviceProvider(clientId));
    List<String[]> calls = new ArrayList<>();
    for (String kind : List.of(SERVICE_PROVIDERS, IDENTITY_PROVIDERS, DATA_PROVIDERS)) {
      String body = kind.equals(SERVICE_PROVIDERS) ? sp : "{}";
      String one = kind + "/" + clientId;
      calls.add(new String[] {"GET", kind, null});
      calls.add(new String[] {"POST", kind, body});
      calls.add(new String[] {"GET", one, null});
      calls.add(new String[] {"PUT", one, body});
      calls.add(new String[] {"DELETE", one, null});
      calls.add(new String[] {"POST", one + "/deactivate", null});
      calls.add(new String[] {"POST", one + "/activate", null});
      if (!kind.equals(IDENTITY_PROVIDERS)) {
        calls.add(new String[] {"POST", one + "/secret", "{\"gracePeriodSeconds\": 3}"});
      }
    }
    calls.add(new String[] {"GET", REGISTRY, null});
    calls.add(new String[] {"POST", REGISTRY + "?dryRun=true", "{\"serviceProviders\": [" + sp + "]}"});
    calls.add(new String[] {"POST", REGISTRY, "{\"serviceProviders\": [" + sp + "]}"});
    return calls;
  }

  /** An operator's fc-admin token signed here with the operators' key, expiring then. */
  private static String signedHere(FcPlatform fc, Instant expiry) throws Exception {
    String pem = Files.readString(fc.configDirectory().resolve("fc-admin-jwt-private.pem")).replaceAll("-----[A-Z ]+-----|\\s", "");
    JwtClaims claims = new JwtClaims();
    claims.setIssuer("fc-operators");
    claims.setSubject("operator");
    claims.setClaim("upn", "operator");
    claims.setStringListClaim("groups", "fc-admin");
    claims.setIssuedAt(NumericDate.fromSeconds(expiry.getEpochSecond() - 3600));
    claims.setExpirationTime(NumericDate.fromSeconds(expiry.getEpochSecond()));
    claims.setGeneratedJwtId();
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    jws.setHeader("typ", "JWT");
    jws.setKey(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem))));
    return jws.getCompactSerialization();
  }

  private static JwtClaims idToken(FcPlatform fc, String jwt, String clientId) throws Exception {
    return new JwtConsumerBuilder()
        .setExpectedIssuer(fc.issuer())
        .setExpectedAudience(clientId)
        .setRequireExpirationTime()
        .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(new HttpsJwks(fc.issuer() + "/jwks")))
        .build()
        .processToClaims(jwt);
  }

  private static Map<String, String> hintAt(FcPlatform fc, String idp) {
    Map<String, String> request = AuthorizeIT.request(fc);
    request.put("idp_hint", idp);
    return request;
  }

  /** The choice page the demo SP's citizens land on, in a fresh browser. */
  private static String choicePage(FcPlatform fc) throws Exception {
    Browser browser = new Browser();
    return browser.follow(browser.get(AuthorizeIT.url(fc, AuthorizeIT.request(fc)))).body();
  }

  // ---- the database, as another node and as an auditor see it

  /** What another node's change would write: the SP's active flag, and a new version when it says so. */
  private static void writeActive(FcPlatform fc, String clientId, boolean active, boolean newVersion) throws Exception {
    try (Connection database = fc.database()) {
      database.setAutoCommit(false);
      try (PreparedStatement update = database.prepareStatement("UPDATE service_provider SET active = ? WHERE client_id = ?")) {
        update.setBoolean(1, active);
        update.setString(2, clientId);
        assertEquals(1, update.executeUpdate());
      }
      if (newVersion) {
        assertEquals(1, database.createStatement().executeUpdate("UPDATE registry_version SET version = version + 1"));
      }
      database.commit();
    }
  }

  record AuditedChange(String event, String actor, String detail) {}

  /** The SP's audit events, in order, once there are this many (the trail is written within seconds). */
  private static List<AuditedChange> awaitChanges(FcPlatform fc, String clientId, int count) throws Exception {
    List<AuditedChange> changes = List.of();
    for (int attempt = 0; attempt < 60 && changes.size() < count; attempt++) {
      if (attempt > 0) {
        Thread.sleep(500);
      }
      changes = new ArrayList<>();
      try (Connection database = fc.database();
          PreparedStatement query = database.prepareStatement("SELECT event, actor, detail FROM audit_event WHERE sp_client_id = ? ORDER BY id")) {
        query.setString(1, clientId);
        try (ResultSet row = query.executeQuery()) {
          while (row.next()) {
            changes.add(new AuditedChange(row.getString(1), row.getString(2), row.getString(3)));
          }
        }
      }
    }
    return changes;
  }
}
