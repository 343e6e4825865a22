package fr.fc.sandbox.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.sandbox.SandboxApplication;
import fr.fc.sandbox.idp.DemoAccounts;
import fr.fc.sandbox.sp.SpVariant;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The developer portal on Payara Micro, with fc down (its issuer on a port nothing listens on):
 * the page still answers, fast, with fc's standard paths, and the catalogues are served from the
 * WAR.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalIT {

  static final String FC_DOWN = "http://127.0.0.1:9/api/v2";

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  @Deployment(testable = false)
  static WebArchive deployment() throws Exception {
    String config =
        Files.readString(Path.of("src/main/resources/META-INF/microprofile-config.properties"))
            + "\nfc.sandbox.fc-issuer="
            + FC_DOWN
            + "\n";
    WebArchive war =
        ShrinkWrap.create(WebArchive.class, "fc-sandbox-portal.war")
            .addPackages(
                false,
                Filters.exclude(".*/(Test\\w*|\\w*Test|\\w*IT)(\\$.*)?\\.class"),
                SandboxApplication.class.getPackage(),
                HomePage.class.getPackage(),
                DemoAccounts.class.getPackage(),
                SpVariant.class.getPackage())
            .addPackages(true, "org.jose4j", "org.slf4j")
            .addAsResource(new StringAsset(config), "META-INF/microprofile-config.properties");
    for (String resource :
        new String[] {
          "idp/accounts.csv", "idp/messages_fr.properties", "idp/messages_en.properties",
          "idp/account-guide_fr.properties", "idp/account-guide_en.properties",
          "sp/messages.properties", "sp/messages_en.properties",
          "portal/messages.properties", "portal/messages_en.properties",
          "portal/docs/errors.md", "portal/docs/audit-events.md", "portal/docs/config.md"
        }) {
      war.addAsResource("fr/fc/sandbox/" + resource);
    }
    return war;
  }

  @Test
  void thePortalAnswersWithFcDown() throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> page = get("", "fr-FR,fr;q=0.9");
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertEquals(200, page.statusCode(), page.body());
    assertTrue(millis < 5_000, "answered in " + millis + " ms");
    for (String fragment :
        new String[] {
          "<html lang=\"fr\">", "id=\"fc-down\"", "<code>" + FC_DOWN + "/authorize</code>",
          "id=\"integration-authorize-url\">" + FC_DOWN + "/authorize?response_type=code&amp;",
          "id=\"start-sandbox-private-sp\"", "id=\"start-sandbox-prompt-sp\"", "id=\"start-sandbox-filtered-sp\"",
          "id=\"start-sandbox-legacy-sp\"", "id=\"start-sandbox-plus-sp\"", "id=\"start-sandbox-demo-sp\"",
          "id=\"account-test\"", "id=\"account-rnipp_illisible\"",
          "href=\"" + base.getPath() + "docs/errors.md\"", "href=\"http://127.0.0.1:9/espace/\"",
          "<a href=\"" + base.getPath() + "dp/jwks\">", "<a href=\"" + base.getPath() + "mails/\">"
        }) {
      assertTrue(page.body().contains(fragment), fragment + " is not in " + page.body());
    }
  }

  @Test
  void thePortalSpeaksEnglishToBrowsersThatPreferIt() throws Exception {
    HttpResponse<String> page = get("", "en-GB,en;q=0.9,fr;q=0.5");

    assertTrue(page.body().contains("<html lang=\"en\">"), page.body());
    assertTrue(page.body().contains("fc does not answer"), page.body());
  }

  @Test
  void servesTheCataloguesAsUtf8Text() throws Exception {
    HttpResponse<String> errors = get("docs/errors.md", null);

    assertEquals(200, errors.statusCode());
    assertEquals("text/plain;charset=UTF-8", errors.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
    assertEquals(Files.readString(Path.of("../docs/errors.md")), errors.body());
    assertEquals(200, get("docs/config.md", null).statusCode());
    assertEquals(404, get("docs/registry.md", null).statusCode());
  }

  private HttpResponse<String> get(String path, String acceptLanguage) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve(path)).GET();
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
