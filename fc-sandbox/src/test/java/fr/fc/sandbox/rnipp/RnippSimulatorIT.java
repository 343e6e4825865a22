package fr.fc.sandbox.rnipp;

import static fr.fc.sandbox.rnipp.TestXml.count;
import static fr.fc.sandbox.rnipp.TestXml.only;
import static fr.fc.sandbox.rnipp.TestXml.parse;
import static fr.fc.sandbox.rnipp.TestXml.text;
import static fr.fc.sandbox.rnipp.TestXml.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.sandbox.SandboxApplication;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;

/**
 * The RNIPP simulator on Payara Micro, queried over HTTP as fc's connector queries it (UTF-8,
 * percent-encoded, Accept: application/xml), and driven through its admin resource.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RnippSimulatorIT {

  static final String SERVICE = "rnipp/Brpp2IdentificationComplet/individus";
  static final String ADMIN = "rnipp/admin/behaviour";

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.create(WebArchive.class, "fc-sandbox-rnipp.war")
        .addPackages(
            false,
            Filters.exclude(".*/(Test\\w*|\\w*Test|\\w*IT)(\\$.*)?\\.class"),
            SandboxApplication.class.getPackage(),
            RnippEndpoint.class.getPackage())
        .addAsResource("fr/fc/sandbox/rnipp/persons.csv")
        .addAsResource("META-INF/microprofile-config.properties");
  }

  @AfterEach
  void backToNormal() throws Exception {
    admin("status=normal&delayMillis=0");
  }

  @Test
  void findsAPersonAsAsked() throws Exception {
    HttpResponse<byte[]> response = identify(TestQueries.dubois());

    assertEquals(200, response.statusCode());
    String contentType = response.headers().firstValue("Content-Type").orElse("");
    assertTrue(contentType.startsWith("application/xml"), contentType);
    assertTrue(contentType.toLowerCase(Locale.ROOT).contains("charset=utf-8"), contentType);
    Element root = parse(response.body()).getDocumentElement();
    assertEquals("2", text(root, "TypeReponseIdentification"));
    Element individu = only(root, "Individu");
    assertEquals("DUBOIS", text(individu, "NomNaissance"));
    assertEquals("1962-08-24", text(individu, "DateNaissance"));
    assertEquals("75107", only(only(individu, "LieuNaissance"), "Localite").getAttribute("code"));
  }

  @Test
  void correctsTheSpellingWithTheRegistersOwn() throws Exception {
    Map<String, String> garcia =
        Map.of(
            "rechercheType", "S",
            "nom", "garcia",
            "prenoms", "maria jose",
            "dateNaissance", "19820519",
            "sexe", "M",
            "codeLieuNaissance", "64102");

    Element root = type(identify(garcia), "3");
    Element individu = only(root, "Individu");
    assertEquals("GARCÍA", text(individu, "NomNaissance"));
    assertEquals(List.of("José", "María"), texts(only(individu, "Prenoms"), "Prenom"));
  }

  @Test
  void readsSpacesEncodedAsPlusToo() throws Exception {
    String query =
        TestQueries.dubois().entrySet().stream()
            .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));

    type(get(SERVICE + "?" + query), "2");
  }

  @Test
  void findsNobodyUnknown() throws Exception {
    Element root = type(identify(TestQueries.dubois("nom", "INCONNU")), "8");

    assertEquals(0, count(root, "Individu"));
  }

  @Test
  void rejectsAMalformedQuery() throws Exception {
    type(identify(TestQueries.dubois("dateNaissance", "1962-08-24")), "9");
    type(identify(TestQueries.dubois("codeLieuNaissance", "7510")), "9");
    type(get(SERVICE), "9");
  }

  @Test
  void failsOnPurposeForTheTriggers() throws Exception {
    assertEquals(500, identify(TestQueries.dubois("prenoms", "Jean_E010012")).statusCode());

    Element offShape = type(identify(TestQueries.dubois("prenoms", "Jean_E010013")), "2");
    assertEquals(0, count(offShape, "Individu"));

    HttpRequest late =
        request(TestQueries.dubois("prenoms", "Jean_E010011"))
            .timeout(Duration.ofSeconds(2))
            .build();
    assertThrows(
        HttpTimeoutException.class, () -> http.send(late, HttpResponse.BodyHandlers.ofByteArray()));
  }

  @Test
  void goesDownAndComesBackOnDemand() throws Exception {
    assertEquals("{\"delayMillis\":0,\"status\":\"normal\"}", string(get(ADMIN)));

    HttpResponse<byte[]> down = admin("status=down");
    assertEquals(200, down.statusCode());
    assertEquals("{\"delayMillis\":0,\"status\":\"down\"}", string(down));
    assertEquals("{\"delayMillis\":0,\"status\":\"down\"}", string(get(ADMIN)));
    assertEquals(503, identify(TestQueries.dubois()).statusCode());

    admin("status=error");
    assertEquals(500, identify(TestQueries.dubois()).statusCode());

    admin("status=normal");
    type(identify(TestQueries.dubois()), "2");
  }

  @Test
  void slowsDownOnDemand() throws Exception {
    admin("delayMillis=1000");

    long start = System.nanoTime();
    type(identify(TestQueries.dubois()), "2");
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() >= 1000);
  }

  @Test
  void refusesAnInvalidBehaviour() throws Exception {
    assertEquals(400, admin("delayMillis=60001").statusCode());
    assertEquals(400, admin("status=slow").statusCode());
  }

  private static Element type(HttpResponse<byte[]> response, String expected) throws Exception {
    assertEquals(200, response.statusCode());
    Element root = parse(response.body()).getDocumentElement();
    assertEquals(expected, text(root, "TypeReponseIdentification"));
    return root;
  }

  private HttpResponse<byte[]> identify(Map<String, String> parameters) throws Exception {
    return http.send(request(parameters).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A query as the connector writes it: percent-encoding only, a space as %20. */
  private HttpRequest.Builder request(Map<String, String> parameters) throws Exception {
    String query =
        parameters.entrySet().stream()
            .map(parameter -> parameter.getKey() + "=" + encode(parameter.getValue()))
            .collect(Collectors.joining("&"));
    return HttpRequest.newBuilder(url(SERVICE + "?" + query))
        .header("Accept", "application/xml")
        .GET();
  }

  private HttpResponse<byte[]> admin(String form) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(url(ADMIN))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpResponse<byte[]> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String string(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  private URI url(String path) throws Exception {
    return base.toURI().resolve(path);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
