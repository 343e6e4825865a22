package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jose4j.json.JsonUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A citizen in a real browser: two logins to two demo SPs, their two notices in the sandbox's mail
 * catcher, both connections in their space with the notices' codes; they block the IdP they used,
 * and the next login through it is refused with its page; they report a connection, which an
 * auditor finds.
 */
@ExtendWith(SystemTest.class)
class RealBrowserCitizenSpaceIT {

  /** A demo account no other test uses: its choices stay this test's. */
  private static final String ACCOUNT = "corse";
  private static final String ADDRESS = "ange-marie.santoni@example.com";
  private static final Pattern CODE = Pattern.compile("Code de la connexion : ([0-9A-F]{4}-[0-9A-F]{4})");

  private final List<WebDriver> browsers = new ArrayList<>();

  @BeforeEach
  void openBrowser() throws Exception {
    browsers.add(Chromium.open());
  }

  @AfterEach
  void closeBrowsers() {
    browsers.forEach(WebDriver::quit);
  }

  @Test
  void aCitizenFollowsTheirConnectionsBlocksAnIdpAndReportsAMisuse(FcPlatform fc) throws Exception {
    WebDriver browser = browsers.get(0);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    Instant start = Instant.now();

    // Two logins, to the demo SP and (through fc's session) to the private SP.
    browser.get(fc.sandbox().url() + "/sp/");
    browser.findElement(By.xpath("//button[contains(., 'FranceConnect')]")).click();
    wait.until(ExpectedConditions.titleContains("Choix du compte"));
    logInAtTheTaxOffice(browser, wait);
    browser.findElement(By.xpath("//button[contains(., 'Continuer sur')]")).click();
    wait.until(ExpectedConditions.urlContains("/sp/callback"));
    browser.get(AuthorizeIT.url(fc, ConsentIT.privateSpRequest(fc)).toString());
    wait.until(ExpectedConditions.titleContains("Continuer sur"));
    browser.findElement(By.cssSelector("label[for=consent]")).click();
    browser.findElement(By.xpath("//button[contains(., 'Continuer sur')]")).click();
    wait.until(ExpectedConditions.urlContains("/sp/callback"));

    List<Map<String, Object>> notices = awaitMails(fc, 2, mail -> String.valueOf(mail.get("subject")).startsWith("Connexion à"));
    List<String> codes = notices.stream().map(mail -> code(String.valueOf(mail.get("text")))).toList();
    assertTrue(notices.stream().anyMatch(mail -> String.valueOf(mail.get("text")).contains("Service en ligne de démonstration")), notices.toString());
    assertTrue(notices.stream().anyMatch(mail -> String.valueOf(mail.get("text")).contains("Service privé de démonstration")), notices.toString());
    assertTrue(notices.stream().allMatch(mail -> String.valueOf(mail.get("text")).contains(fc.url("/espace/").toString())), notices.toString());

    // The space: its own login through fc, the citizen's session reused.
    browser.get(fc.url("/espace/").toString());
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("franceconnect-login"))).click();
    wait.until(ExpectedConditions.titleContains("Continuer sur"));
    browser.findElement(By.xpath("//button[contains(., 'Continuer sur')]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
    // The history reads the audit trail, which the journal fills each second: the notice may come
    // first, and the page may list none of the connections yet.
    wait.until(page -> listsEvery(page, codes));

    // Impots.gouv blocked: the choice is confirmed by e-mail...
    browser.findElement(By.id("nav-preferences")).click();
    WebElement impots = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("idp-impots")));
    assertTrue(impots.isSelected(), "every IdP is allowed until the citizen chooses");
    browser.findElement(By.cssSelector("label[for=idp-impots]")).click();
    browser.findElement(By.id("save-preferences")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("preferences-saved")));
    assertFalse(browser.findElement(By.id("idp-impots")).isSelected());
    awaitMails(fc, 1, mail -> String.valueOf(mail.get("text")).contains("Comptes bloqués : Impots.gouv"));

    // ... greyed, with the reason, for this browser whose fc session names the citizen ...
    browser.get(fc.sandbox().url() + "/sp/");
    browser.findElement(By.xpath("//button[contains(., 'FranceConnect')]")).click();
    wait.until(ExpectedConditions.titleContains("Choix du compte"));
    WebElement greyed = browser.findElement(By.xpath("//li[contains(., 'Impots.gouv')]"));
    assertTrue(greyed.getText().contains("Bloqué dans vos préférences"), greyed.getText());
    assertFalse(greyed.findElement(By.tagName("button")).isEnabled());

    // ... and refused, with its page, to another browser that logs in through it.
    WebDriver another = Chromium.open();
    browsers.add(another);
    WebDriverWait anotherWait = new WebDriverWait(another, Duration.ofSeconds(30));
    another.get(fc.sandbox().url() + "/sp/");
    another.findElement(By.xpath("//button[contains(., 'FranceConnect')]")).click();
    anotherWait.until(ExpectedConditions.titleContains("Choix du compte"));
    another.findElement(By.xpath("//button[contains(., 'Impots.gouv')]")).click();
    anotherWait.until(ExpectedConditions.presenceOfElementLocated(By.id("login")));
    another.findElement(By.id("login")).sendKeys(ACCOUNT);
    another.findElement(By.id("password")).sendKeys("123");
    another.findElement(By.cssSelector("form button[type=submit], form input[type=submit]")).click();
    anotherWait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Y100011"));
    assertTrue(another.getPageSource().contains("bloqué ce compte"), another.getPageSource());

    // A connection reported from the history: an auditor finds the report.
    browser.get(fc.url("/espace/").toString());
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-" + codes.get(0)))).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-misuse"))).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-sent")));
    String prefix = codes.get(0).replace("-", "").toLowerCase();
    String auditor = AdminApiIT.token(fc, "auditor");
    List<Object> reports = List.of();
    for (int attempt = 0; attempt < 20 && reports.isEmpty(); attempt++) {
      Thread.sleep(500);
      reports = reportsOf(fc, auditor, prefix);
    }
    assertEquals(1, reports.size(), "the report, for the auditor: " + reports);
    assertTrue(start.isBefore(Instant.now()));
  }

  private static void logInAtTheTaxOffice(WebDriver browser, WebDriverWait wait) {
    browser.findElement(By.xpath("//button[contains(., 'Impots.gouv')]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login")));
    browser.findElement(By.id("login")).sendKeys(ACCOUNT);
    browser.findElement(By.id("password")).sendKeys("123");
    browser.findElement(By.cssSelector("form button[type=submit], form input[type=submit]")).click();
    wait.until(ExpectedConditions.titleContains("Continuer sur"));
  }

  private static boolean listsEvery(WebDriver browser, List<String> codes) {
    if (codes.stream().allMatch(code -> !browser.findElements(By.id("connection-" + code)).isEmpty())) {
      return true;
    }
    browser.navigate().refresh();
    return false;
  }

  private static String code(String text) {
    Matcher matcher = CODE.matcher(text);
    assertTrue(matcher.find(), text);
    return matcher.group(1);
  }

  /** The sandbox's mail catcher's mails to the citizen, newest first, once {@code count} of them match. */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> awaitMails(FcPlatform fc, int count, Predicate<Map<String, Object>> matching)
      throws Exception {
    URI api = fc.sandbox().url("/mails/api?to=" + URLEncoder.encode(ADDRESS, StandardCharsets.UTF_8));
    List<Map<String, Object>> found = List.of();
    for (int attempt = 0; attempt < 40; attempt++) {
      HttpResponse<String> answer = fc.http().send(HttpRequest.newBuilder(api).GET().build());
      assertEquals(200, answer.statusCode(), answer.body());
      List<Object> mails = (List<Object>) JsonUtil.parseJson("{\"list\":" + answer.body() + "}").get("list");
      found = mails.stream().map(mail -> (Map<String, Object>) mail).filter(matching).toList();
      if (found.size() >= count) {
        return found.subList(0, count);
      }
      Thread.sleep(500);
    }
    throw new AssertionError("Only " + found.size() + " such mail(s) to " + ADDRESS + ": " + found);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> reportsOf(FcPlatform fc, String token, String flowPrefix) throws Exception {
    HttpResponse<String> answer =
        fc.http()
            .send(
                HttpRequest.newBuilder(fc.url("/api/admin/audit/events?event=MISUSE_REPORTED"))
                    .header("Authorization", "Bearer " + token)
                    .GET()
                    .build());
    assertEquals(200, answer.statusCode(), answer.body());
    List<Object> events = (List<Object>) JsonUtil.parseJson("{\"list\":" + answer.body() + "}").get("list");
    return events.stream()
        .filter(event -> String.valueOf(((Map<String, Object>) event).get("flow_id")).startsWith(flowPrefix))
        .toList();
  }
}
