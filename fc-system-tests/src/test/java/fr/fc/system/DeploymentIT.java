package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The EAR deploys on Payara Server with its modules, its connector and its observability. */
@ExtendWith(SystemTest.class)
class DeploymentIT {

  @Test
  void theEarRunsWithItsEmbeddedConnector(FcPlatform fc) throws Exception {
    String modules = fc.asadmin("list-sub-components", "fc-ear");
    for (String module : List.of("fc-rnipp-connector.rar", "fc-ejb.jar", "fc-web.war")) {
      assertTrue(modules.contains(module), module + " missing from:\n" + modules);
    }
    assertTrue(fc.asadmin("list-connector-resources").contains("eis/fc/rnipp"));
  }

  @Test
  void readinessChecksTheDatabaseAndTheConnector(FcPlatform fc) throws Exception {
    Map<String, Object> health = fc.http().getJson(fc.opsUrl("/health/ready"));

    assertEquals("UP", health.get("status"));
    Map<String, Object> database = check(health, "database");
    assertEquals("UP", database.get("status"));
    assertEquals("PostgreSQL", ((Map<?, ?>) database.get("data")).get("product"));
    assertEquals("UP", check(health, "rnipp-connector").get("status"));
    assertEquals("UP", check(health, "signing-key-file").get("status"));
  }

  @Test
  void theRnippPoolUsesTheOperatorsTrustStoreWithAnAliasedPassword(FcPlatform fc) throws Exception {
    String properties = fc.asadmin("get", "resources.connector-connection-pool.rnipp-pool.property.*");

    assertTrue(properties.contains("trustStorePath=" + fc.rnippTrustStore()), properties);
    assertTrue(properties.contains("trustStorePassword=${ALIAS=fc-rnipp-truststore-password}"), properties);
    assertTrue(!properties.contains(FcPlatform.RNIPP_TRUST_STORE_PASSWORD), "no plain password in domain.xml");
    Map<String, Object> health = fc.http().getJson(fc.opsUrl("/health/ready"));
    assertEquals("UP", check(health, "rnipp-connector").get("status"), "the connector opened the store");
  }

  @Test
  void metricsCountDiscoveryRequests(FcPlatform fc) throws Exception {
    fc.http().getJson(fc.url("/api/v2/.well-known/openid-configuration"));

    String metrics = fc.http().get(fc.opsUrl("/metrics")).body();

    assertTrue(metrics.contains("fc_discovery_requests_total"), "no fc counter in /metrics");
  }

  @Test
  void anUnknownApiPathGetsAJsonErrorNotAServerPage(FcPlatform fc) throws Exception {
    HttpResponse<String> response = fc.http().get(fc.url("/api/v2/no-such-endpoint"));

    assertEquals(404, response.statusCode());
    assertEquals("not_found", Http.json(response.body()).get("error"));
  }

  @Test
  void otherPathsGetFcsOwnPageAndNoAnswerNamesTheServer(FcPlatform fc) throws Exception {
    HttpResponse<String> home = fc.http().get(fc.url("/"));
    assertEquals(200, home.statusCode());
    assertTrue(home.body().contains("id=\"what-is-fc\""), "/ is the service's home page: " + home.body());
    assertTrue(home.headers().firstValue("Server").isEmpty(), "/ names the server");
    for (String path : List.of("/no-such-page", "/views/error.xhtml", "/WEB-INF/web.xml")) {
      HttpResponse<String> response = fc.http().get(fc.url(path));

      assertEquals(404, response.statusCode(), path);
      assertTrue(response.body().contains("<h1>Page introuvable</h1>"), path + ": " + response.body());
      assertFalse(response.body().contains("Payara"), path);
      assertTrue(response.headers().firstValue("Server").isEmpty(), path + " names the server");
      assertTrue(response.headers().firstValue("X-Powered-By").isEmpty(), path);
    }
    HttpResponse<String> api = fc.http().get(fc.url("/api/v2/jwks"));
    assertTrue(api.headers().firstValue("Server").isEmpty());
    assertEquals("nosniff", api.headers().firstValue("X-Content-Type-Options").orElse(""));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> check(Map<String, Object> health, String name) {
    return ((List<Map<String, Object>>) health.get("checks"))
        .stream()
        .filter(check -> name.equals(check.get("name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " check in " + health));
  }
}
