package fr.fc.oidc.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.audit.AuditEvent;
import fr.fc.audit.AuditScope;
import fr.fc.crypto.SigningKeySet;
import fr.fc.crypto.api.JwksEndpoint;
import fr.fc.oidc.OpenIdProvider;
import fr.fc.shared.api.RestApplication;
import fr.fc.shared.config.Configuration;
import fr.fc.shared.web.PageText;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Discovery and JWKS endpoints with their services, in a WAR on Payara Micro: the component as the
 * container wires it (EJBs, CDI, JAX-RS, MicroProfile Config and Metrics), without the database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProviderEndpointsIT {

  static final Path KEYS_FILE = Path.of("target", "component-test", "signing-keys.json").toAbsolutePath();
  static final String ISSUER = "https://fc.example.gouv.fr/api/v2";

  static final File WEB_INF = new File("src/main/webapp/WEB-INF");

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  /** fc's web.xml, less the request gates, whose refusals go to the audit trail and so the database. */
  private static String webXmlWithoutGates() throws Exception {
    String webXml = Files.readString(new File(WEB_INF, "web.xml").toPath());
    return webXml.replaceAll("(?s)<filter>\\s*<filter-name>request-[a-z]+-gate</filter-name>.*?</filter>", "")
        .replaceAll("(?s)<filter-mapping>\\s*<filter-name>request-[a-z]+-gate</filter-name>.*?</filter-mapping>", "");
  }

  @Deployment
  static WebArchive deployment() throws Exception {
    Files.deleteIfExists(KEYS_FILE);
    String config =
        "fc.oidc.issuer=" + ISSUER + "\nfc.crypto.signing-keys-file=" + KEYS_FILE + "\n";
    return ShrinkWrap.create(WebArchive.class, "fc-component.war")
        .addPackage(OpenIdProvider.class.getPackage())
        .addClass(DiscoveryEndpoint.class)
        .addPackages(false, SigningKeySet.class.getPackage(), JwksEndpoint.class.getPackage())
        .addPackages(false, Configuration.class.getPackage())
        // Without what needs the whole login (interactions, registries) or the database (the audit trail).
        .addPackages(
            false,
            Filters.exclude(
                ".*(FcExceptionMapper|ErrorPage|AuditedRefusals|UnexpectedErrorMapper|RequestBodyGate|RequestEncodingGate|GateRefusal"
                    + "|RequestLimits|AddressLimitFilter|LimitedEndpoints|ClientChargeFilter|RequestsLimitedMapper).*"),
            RestApplication.class.getPackage())
        .addClasses(AuditScope.class, AuditEvent.class, AuditEvent.Outcome.class)
        .addPackage(PageText.class.getPackage())
        .addAsResource("fr/fc/shared/api/PageMessages.properties")
        .addAsResource("fr/fc/shared/api/PageMessages_en.properties")
        .addAsResource("fr/fc/shared/api/AccessibilityMessages.properties")
        .addAsResource("fr/fc/shared/api/AccessibilityMessages_en.properties")
        .addAsWebInfResource(new StringAsset(webXmlWithoutGates()), "web.xml")
        .addAsWebInfResource(new File(WEB_INF, "faces-config.xml"))
        .addAsWebInfResource(new File(WEB_INF, "templates/page.xhtml"), "templates/page.xhtml")
        .addAsWebInfResource(new File(WEB_INF, "views/accessibility.xhtml"), "views/accessibility.xhtml")
        .addAsResource("fr/fc/shared/api/HomeMessages.properties")
        .addAsResource("fr/fc/shared/api/HomeMessages_en.properties")
        .addAsWebInfResource(new File(WEB_INF, "views/home.xhtml"), "views/home.xhtml")
        .addPackage(fr.fc.data.IdentityScope.class.getPackage())
        .addPackage(fr.fc.shared.error.FcException.class.getPackage())
        .addPackages(true, "org.jose4j", "org.slf4j")
        .addAsResource(new StringAsset(config), "META-INF/microprofile-config.properties")
        .addAsWebInfResource(new StringAsset("<beans bean-discovery-mode=\"annotated\"/>"), "beans.xml");
  }

  @Test
  void discoveryAnnouncesTheConfiguredIssuer() throws Exception {
    HttpResponse<String> response = get("api/v2/.well-known/openid-configuration");

    assertEquals(200, response.statusCode());
    Map<String, Object> metadata = JsonUtil.parseJson(response.body());
    assertEquals(ISSUER, metadata.get("issuer"));
    assertEquals("max-age=31536000", response.headers().firstValue("Strict-Transport-Security").orElse(""), "an https issuer");
    assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals(ISSUER + "/jwks", metadata.get("jwks_uri"));
  }

  @Test
  void jwksServesThePublicHalfOfTheKeyFileItCreated() throws Exception {
    HttpResponse<String> response = get("api/v2/jwks");

    assertEquals(200, response.statusCode());
    assertTrue(Files.exists(KEYS_FILE), "the key file was not created");
    assertEquals(SigningKeySet.parse(Files.readString(KEYS_FILE)).toPublicJwks(), response.body());
  }

  @Test
  void aWrongMethodGetsAJsonError() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(url("api/v2/jwks")).DELETE().build(),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(405, response.statusCode());
    assertEquals("invalid_request", JsonUtil.parseJson(response.body()).get("error"));
  }

  @Test
  void pagesAreFacesViewsInTheBrowsersLanguage() throws Exception {
    HttpResponse<String> french = get("api/accessibilite");
    HttpResponse<String> english =
        http.send(
            HttpRequest.newBuilder(url("api/accessibilite")).header("Accept-Language", "en-GB,en;q=0.8").build(),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(200, french.statusCode());
    assertTrue(french.body().contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fr\">"), french.body());
    assertTrue(french.body().contains("<title>Déclaration d'accessibilité - FranceConnect</title>"), french.body());
    assertTrue(english.body().contains("<h1>Accessibility statement</h1>"), english.body());
    assertEquals("DENY", french.headers().firstValue("X-Frame-Options").orElse(""));
    assertTrue(french.headers().firstValue("Set-Cookie").isEmpty(), "a page must not open an HTTP session");
  }

  @Test
  void theSitesRootIsTheHomePage() throws Exception {
    HttpResponse<String> home = http.send(HttpRequest.newBuilder(base.toURI()).GET().build(), HttpResponse.BodyHandlers.ofString());

    assertEquals(200, home.statusCode(), home.body());
    assertTrue(home.body().contains("<h1>FranceConnect</h1>"), home.body());
    assertTrue(home.body().contains("id=\"what-is-fc\""), home.body());
    assertTrue(home.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'none'"));
    assertEquals("nosniff", home.headers().firstValue("X-Content-Type-Options").orElse(""));
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI url(String path) throws Exception {
    return base.toURI().resolve(path);
  }
}
