package fr.fc.system;

import static fr.fc.system.RegistryApi.DATA_PROVIDERS;
import static fr.fc.system.RegistryApi.REGISTRY;
import static fr.fc.system.RegistryApi.SERVICE_PROVIDERS;
import static fr.fc.system.RegistryApi.assertError;
import static fr.fc.system.RegistryApi.authenticates;
import static fr.fc.system.RegistryApi.delete;
import static fr.fc.system.RegistryApi.get;
import static fr.fc.system.RegistryApi.operator;
import static fr.fc.system.RegistryApi.randomHex;
import static fr.fc.system.RegistryApi.send;
import static fr.fc.system.RegistryApi.serviceProvider;
import static fr.fc.system.RegistryApi.uniqueId;
import static fr.fc.system.RegistryApi.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jose4j.json.JsonUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Registry files applied through the admin API (POST /api/admin/registry, docs/registry.md): a dry
 * run says what would change and changes nothing, applying is idempotent, an invalid entry stops the
 * whole file, and prune deactivates only the partners the file no longer lists. A pruning file is
 * always the registry as exported, edited: pruning anything else would deactivate the sandbox.
 */
@ExtendWith(SystemTest.class)
class RegistryImportIT {

  @Test
  void aFileIsCheckedByADryRunThenAppliedOnceAndAgainWithoutChange(FcPlatform fc) throws Exception {
    String operator = operator(fc);
    String sp = uniqueId("sp");
    String dp = uniqueId("dp");
    String spSecret = randomHex();
    Map<String, Object> spEntry = with(with(serviceProvider(sp), "name", "Service importe " + sp), "clientSecret", spSecret);
    Map<String, Object> file = file(List.of(spEntry), List.of(dataProvider(fc, dp)));
    Set<String> creations = Set.of(change("serviceProvider", sp, "create"), change("dataProvider", dp, "create"));
    try {
      Map<String, Object> dryRun = applied(fc, operator, file, "?dryRun=true");

      assertEquals(true, dryRun.get("dryRun"));
      assertEquals(creations, changes(dryRun));
      assertError(get(fc, operator, SERVICE_PROVIDERS + "/" + sp), 404, "not_found", "a dry run creates nothing");
      assertError(get(fc, operator, DATA_PROVIDERS + "/" + dp), 404, "not_found", "a dry run creates nothing");

      HttpResponse<String> applying = apply(fc, operator, file, "");
      assertEquals(200, applying.statusCode(), applying.body());
      assertFalse(applying.body().contains(spSecret), "the file's secret is not echoed");
      Map<String, Object> answer = Http.json(applying.body());
      assertEquals(false, answer.get("dryRun"));
      assertEquals(creations, changes(answer));
      assertEquals("Service importe " + sp, Http.json(get(fc, operator, SERVICE_PROVIDERS + "/" + sp).body()).get("name"));
      assertEquals(200, get(fc, operator, DATA_PROVIDERS + "/" + dp).statusCode());
      assertTrue(authenticates(fc, sp, spSecret), "the file's secret is the SP's");

      Map<String, Object> again = applied(fc, operator, file, "");
      assertEquals(Set.of(), changes(again), "idempotent");
      assertTrue(((Number) again.get("unchanged")).longValue() >= 2, again.toString());

      Map<String, Object> renamed =
          applied(fc, operator, file(List.of(with(spEntry, "name", "Service renomme " + sp)), List.of(dataProvider(fc, dp))), "");
      List<Map<String, Object>> updates = list(renamed, "changes");
      assertEquals(1, updates.size(), renamed.toString());
      assertEquals(change("serviceProvider", sp, "update"), change(updates.get(0)));
      assertEquals(
          Map.of("name", Map.of("before", "Service importe " + sp, "after", "Service renomme " + sp)), updates.get(0).get("fields"));
      assertTrue(authenticates(fc, sp, spSecret), "the same secret, still the SP's");
    } finally {
      delete(fc, operator, SERVICE_PROVIDERS + "/" + sp);
      delete(fc, operator, DATA_PROVIDERS + "/" + dp);
    }
  }

  @Test
  void aNewIdpWhoseDiscoveryCannotBeFetchedIsAWarningOfTheDryRun(FcPlatform fc) throws Exception {
    String id = uniqueId("idp");
    Map<String, Object> idp = new LinkedHashMap<>();
    idp.put("id", id);
    idp.put("title", "IdP injoignable");
    idp.put("issuer", "http://127.0.0.1:1/nothing");
    idp.put("clientId", "fc");
    idp.put("clientSecret", randomHex());

    Map<String, Object> dryRun = applied(fc, operator(fc), Map.of("identityProviders", List.of(idp)), "?dryRun=true");

    List<?> warnings = (List<?>) dryRun.get("warnings");
    assertEquals(1, warnings.size(), dryRun.toString());
    assertTrue(((String) warnings.get(0)).startsWith(id + ": the discovery document"), warnings.toString());
    assertEquals(404, get(fc, operator(fc), RegistryApi.IDENTITY_PROVIDERS + "/" + id).statusCode());
  }

  @Test
  void aFileWithOneInvalidEntryAppliesNothing(FcPlatform fc) throws Exception {
    String operator = operator(fc);
    String valid = uniqueId("sp");
    String invalid = uniqueId("sp");
    Map<String, Object> file =
        file(List.of(serviceProvider(valid), with(serviceProvider(invalid), "redirectUris", List.of("http://sp.example/cb"))), List.of());

    Map<String, Object> error = assertError(apply(fc, operator, file, ""), 400, "invalid_request", "an invalid entry");

    assertTrue(((String) error.get("error_description")).contains("redirectUris"), error.toString());
    assertError(get(fc, operator, SERVICE_PROVIDERS + "/" + valid), 404, "not_found", "the valid entry is not applied either");
    assertError(get(fc, operator, SERVICE_PROVIDERS + "/" + invalid), 404, "not_found", "the invalid entry");
  }

  @Test
  void pruneDeactivatesOnlyWhatTheExportedFileNoLongerLists(FcPlatform fc) throws Exception {
    String operator = operator(fc);
    String sp = uniqueId("sp");
    String newSp = uniqueId("sp");
    String dp = uniqueId("dp");
    String spSecret = randomHex();
    applied(fc, operator, file(List.of(with(serviceProvider(sp), "clientSecret", spSecret)), List.of(dataProvider(fc, dp))), "");
    try {
      HttpResponse<String> export = get(fc, operator, REGISTRY);
      assertEquals(200, export.statusCode(), export.body());
      assertFalse(export.body().contains("clientSecret") || export.body().contains(spSecret) || export.body().contains(TokenIT.SECRET),
          "an export holds no secret");
      Map<String, Object> registry = Http.json(export.body());
      assertTrue(ids(list(registry, "serviceProviders"), "clientId").containsAll(List.of(sp, TokenIT.CLIENT_ID)), export.body());
      assertTrue(ids(list(registry, "dataProviders"), "id").contains(dp), export.body());
      Map<String, Object> edited = edited(registry, sp, newSp, dp);
      Set<String> expected =
          Set.of(change("serviceProvider", newSp, "create"), change("serviceProvider", sp, "update"), change("dataProvider", dp, "deactivate"));

      assertEquals(expected, changes(applied(fc, operator, edited, "?dryRun=true&prune=true")), "the sandbox's partners, listed as exported, stay");
      List<String> lines = changeLines(fc, operator, edited);
      assertEquals(3, lines.size(), lines.toString());
      assertTrue(lines.stream().anyMatch(line -> line.startsWith("+") && line.contains(newSp)), lines.toString());
      assertTrue(lines.stream().anyMatch(line -> line.startsWith("~") && line.contains(sp)), lines.toString());
      assertTrue(lines.stream().anyMatch(line -> line.startsWith("-") && line.contains(dp)), lines.toString());
      assertEquals(true, Http.json(get(fc, operator, DATA_PROVIDERS + "/" + dp).body()).get("active"), "dry runs deactivate nothing");
      assertError(get(fc, operator, SERVICE_PROVIDERS + "/" + newSp), 404, "not_found", "dry runs create nothing");

      Map<String, Object> pruned = applied(fc, operator, edited, "?prune=true");

      assertEquals(expected, changes(pruned));
      assertTrue(authenticates(fc, newSp, generatedSecret(pruned, newSp)), "a new SP without a secret in the file gets one, shown once");
      assertEquals(false, Http.json(get(fc, operator, DATA_PROVIDERS + "/" + dp).body()).get("active"), "deactivated, not deleted");
      assertTrue(authenticates(fc, sp, spSecret), "a secret left out of the file is kept");
      URI back = BrokeredLoginIT.loginThrough(fc, new Browser(), AuthorizeIT.url(fc, AuthorizeIT.request(fc)), "impots", "test");
      HttpResponse<String> tokens = TokenIT.redeem(fc, AuthorizeIT.query(back).get("code"), TokenIT.CLIENT_ID, TokenIT.SECRET);
      assertEquals(200, tokens.statusCode(), "the sandbox's SP still logs citizens in, with its secret: " + tokens.body());
    } finally {
      delete(fc, operator, SERVICE_PROVIDERS + "/" + sp);
      delete(fc, operator, SERVICE_PROVIDERS + "/" + newSp);
      delete(fc, operator, DATA_PROVIDERS + "/" + dp);
    }
  }

  /** The exported registry with the SP renamed, a new SP without secret, and the DP no longer listed. */
  private static Map<String, Object> edited(Map<String, Object> registry, String sp, String newSp, String dp) {
    List<Map<String, Object>> serviceProviders = new ArrayList<>();
    for (Map<String, Object> entry : list(registry, "serviceProviders")) {
      serviceProviders.add(sp.equals(entry.get("clientId")) ? with(entry, "name", "Service renomme " + sp) : entry);
    }
    serviceProviders.add(serviceProvider(newSp));
    Map<String, Object> edited = new LinkedHashMap<>(registry);
    edited.put("serviceProviders", serviceProviders);
    edited.put("dataProviders", list(registry, "dataProviders").stream().filter(entry -> !dp.equals(entry.get("id"))).toList());
    return edited;
  }

  /** The lines of a dry run's answer in text that tell a change: "+" created, "~" updated, "-" deactivated. */
  private static List<String> changeLines(FcPlatform fc, String operator, Map<String, Object> file) throws Exception {
    HttpResponse<String> text =
        send(fc, operator,
            RegistryApi.request("POST", fc.url(REGISTRY + "?dryRun=true&prune=true"), JsonUtil.toJson(file)).header("Accept", "text/plain"));
    assertEquals(200, text.statusCode(), text.body());
    assertTrue(text.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), text.headers().toString());
    return text.body().lines().filter(line -> line.matches("[+~-] .*")).toList();
  }

  static Map<String, Object> file(List<Map<String, Object>> serviceProviders, List<Map<String, Object>> dataProviders) {
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("serviceProviders", serviceProviders);
    file.put("identityProviders", List.of());
    file.put("dataProviders", dataProviders);
    return file;
  }

  /** A DP entry with its own secret, serving a scope the sandbox's DP serves too, the sandbox's key at its jwks_uri. */
  static Map<String, Object> dataProvider(FcPlatform fc, String id) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("id", id);
    entry.put("title", "Fournisseur importe " + id);
    entry.put("clientId", id);
    entry.put("clientSecret", "dp-secret-of-" + id);
    entry.put("scopes", List.of("dgfip_aft"));
    entry.put("jwksUri", fc.sandbox().url() + "/dp/jwks");
    return entry;
  }

  static HttpResponse<String> apply(FcPlatform fc, String operator, Map<String, Object> file, String flags) throws Exception {
    return send(fc, operator, "POST", REGISTRY + flags, JsonUtil.toJson(file));
  }

  static Map<String, Object> applied(FcPlatform fc, String operator, Map<String, Object> file, String flags) throws Exception {
    HttpResponse<String> response = apply(fc, operator, file, flags);
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response.body());
  }

  /** The answer's changes, each as "kind id action". */
  private static Set<String> changes(Map<String, Object> answer) {
    return list(answer, "changes").stream().map(RegistryImportIT::change).collect(Collectors.toSet());
  }

  private static String change(Map<String, Object> change) {
    return change((String) change.get("kind"), (String) change.get("id"), (String) change.get("action"));
  }

  private static String change(String kind, String id, String action) {
    return kind + " " + id + " " + action;
  }

  private static String generatedSecret(Map<String, Object> answer, String clientId) {
    String secret =
        list(answer, "secrets").stream()
            .filter(entry -> "serviceProvider".equals(entry.get("kind")) && clientId.equals(entry.get("id")))
            .map(entry -> (String) entry.get("clientSecret"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no secret for " + clientId + " in " + answer));
    assertTrue(secret.matches("[0-9a-f]{64}"), secret);
    return secret;
  }

  private static List<String> ids(List<Map<String, Object>> entries, String field) {
    return entries.stream().map(entry -> (String) entry.get(field)).toList();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> json, String field) {
    Object list = json.get(field);
    return list == null ? List.of() : (List<Map<String, Object>>) list;
  }
}
