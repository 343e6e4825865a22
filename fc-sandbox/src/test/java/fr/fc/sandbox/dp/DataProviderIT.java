package fr.fc.sandbox.dp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.sandbox.SandboxApplication;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jose4j.json.JsonUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo tax data provider on Payara Micro, called over HTTP as an SP calls it, against an fc in
 * the test's JVM ({@link TestFcServer}) that encrypts its checktoken answers to the key the data
 * provider publishes. fc is down for the first tests.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DataProviderIT {

  static final TestFcServer FC = TestFcServer.onFreePort();

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  @Deployment(testable = false)
  static WebArchive deployment() throws Exception {
    String config =
        Files.readString(Path.of("src/main/resources/META-INF/microprofile-config.properties"))
            + "\nfc.sandbox.fc-issuer="
            + FC.issuer()
            + "\n";
    return ShrinkWrap.create(WebArchive.class, "demo-dp.war")
        .addPackages(
            false,
            Filters.exclude(".*/(Test\\w*|\\w*Test|\\w*IT)(\\$.*)?\\.class"),
            SandboxApplication.class.getPackage(),
            TaxDataEndpoint.class.getPackage())
        .addPackages(true, "org.jose4j", "org.slf4j")
        .addAsResource("fr/fc/sandbox/dp/foyers-fiscaux.json")
        .addAsResource(new StringAsset(config), "META-INF/microprofile-config.properties");
  }

  @AfterAll
  static void stopFc() {
    FC.stop();
  }

  @Test
  @Order(1)
  void publishesItsEncryptionKeyForAMinute() throws Exception {
    HttpResponse<String> response = get("dp/jwks", null);

    assertEquals(200, response.statusCode());
    assertEquals("max-age=60", response.headers().firstValue("Cache-Control").orElse(""));
    Map<?, ?> key = (Map<?, ?>) ((List<?>) JsonUtil.parseJson(response.body()).get("keys")).get(0);
    assertEquals("enc", key.get("use"));
    assertEquals("ECDH-ES", key.get("alg"));
    assertFalse(key.containsKey("d"));
  }

  @Test
  @Order(2)
  void wantsTheAccessTokenAsABearerToken() throws Exception {
    assertError(get("dp/api/dgfip", null), 400, "invalid_request");
    assertError(get("dp/api/dgfip", "Basic YTpi"), 400, "invalid_request");
  }

  @Test
  @Order(3)
  void saysWhenFcCannotBeReached() throws Exception {
    HttpResponse<String> response = get("dp/api/dgfip", "Bearer some-token");

    assertError(response, 502, "fc_unavailable");
    assertTrue(response.body().contains("cannot be reached"), response.body());
  }

  @Test
  @Order(4)
  void releasesTheDataOfTheGrantedScopesOnly() throws Exception {
    startFc();
    String token = FC.issueToken(TestFc.activeFor("dgfip_rfr dgfip_nbpart"));

    HttpResponse<String> response = get("dp/api/dgfip", "Bearer " + token);

    assertEquals(200, response.statusCode(), response.body());
    assertEquals(Map.of("rfr", 24500L, "nbPart", 1.5), JsonUtil.parseJson(response.body()));
    assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
  }

  @Test
  @Order(5)
  void answersTheSameAtTheIncomeYearPath() throws Exception {
    startFc();
    String token = FC.issueToken(TestFc.activeFor("dgfip_aft"));

    HttpResponse<String> response =
        get("dp/situations/ir/assiettes/annrev/2024", "Bearer " + token);

    assertEquals(200, response.statusCode(), response.body());
    Map<String, Object> data = JsonUtil.parseJson(response.body());
    assertEquals("12 RUE DE L'EXEMPLE 75007 PARIS", data.get("aft"));
    assertTrue(((Map<?, ?>) data.get("aftDetail")).containsKey("complementAdresse"));
    assertEquals(null, ((Map<?, ?>) data.get("aftDetail")).get("complementAdresse"));
    assertError(
        get("dp/situations/ir/assiettes/annrev/24", "Bearer " + token), 400, "invalid_request");
  }

  @Test
  @Order(6)
  void refusesAnInactiveToken() throws Exception {
    startFc();
    HttpResponse<String> response = get("dp/api/dgfip", "Bearer unknown-to-fc");

    assertError(response, 401, "invalid_token");
    assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
  }

  @Test
  @Order(7)
  void refusesATokenWithoutItsScopes() throws Exception {
    startFc();
    String token = FC.issueToken(TestFc.activeFor("openid profile"));

    assertError(get("dp/api/dgfip", "Bearer " + token), 403, "insufficient_scope");
  }

  @Test
  @Order(8)
  void findsNoHouseholdForTheAccountWithout() throws Exception {
    startFc();
    Map<String, Object> algerie = new HashMap<>(TestFc.activeFor("dgfip_rfr"));
    algerie.put("given_name", "Karim");
    algerie.put("given_name_array", List.of("Karim"));
    algerie.put("family_name", "BENALI");
    algerie.put("birthdate", "1965-03-21");
    algerie.put("gender", "male");
    algerie.put("birthplace", "");
    algerie.put("birthcountry", "99352");

    assertError(get("dp/api/dgfip", "Bearer " + FC.issueToken(algerie)), 404, "not_found");
  }

  private void startFc() throws Exception {
    FC.start(base.toURI().resolve("dp/jwks"));
  }

  private static void assertError(HttpResponse<String> response, int status, String error)
      throws Exception {
    assertEquals(status, response.statusCode(), response.body());
    Map<String, Object> body = JsonUtil.parseJson(response.body());
    assertEquals(error, body.get("error"), response.body());
    assertTrue(body.get("message") instanceof String, response.body());
    assertFalse(response.body().contains("Exception"), response.body());
  }

  private HttpResponse<String> get(String path, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve(path)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
