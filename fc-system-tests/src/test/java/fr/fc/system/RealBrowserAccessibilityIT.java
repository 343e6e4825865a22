package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.audit.AuditEvent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * fc's pages as a real browser renders them, checked by axe-core on the WCAG 2.1 A/AA rules RGAA
 * builds on, and for reflow at 320 px (RGAA 10.11): the automated part of the audit.
 */
@ExtendWith(SystemTest.class)
class RealBrowserAccessibilityIT {

  private WebDriver browser;
  private WebDriverWait wait;
  private final List<String> violations = new ArrayList<>();

  @BeforeEach
  void openBrowser() throws Exception {
    browser = Chromium.open();
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  void everyPageOfTheLoginPassesTheAutomatedChecks(FcPlatform fc) throws Exception {
    AxeAudit axe = new AxeAudit();
    browser.get(fc.sandbox().url() + "/sp/");
    browser.findElement(By.xpath("//button[contains(., 'FranceConnect')]")).click();
    wait.until(ExpectedConditions.titleContains("Choix du compte"));
    check("IdP choice", axe);
    String choice = browser.getCurrentUrl();

    browser.get(choice + "?idp_failed=" + URLEncoder.encode("Ameli (démonstration)", StandardCharsets.UTF_8));
    wait.until(ExpectedConditions.titleContains("Erreur"));
    check("IdP choice after a failure", axe);

    RealBrowserLoginIT.logInAtTheTaxOfficeDemoIdp(browser, wait);
    check("information page", axe);

    browser.get(fc.url("/api/v2/authorize?client_id=inconnu").toString());
    wait.until(ExpectedConditions.titleContains("Erreur"));
    check("error page", axe);

    browser.get(fc.url("/api/accessibilite").toString());
    check("accessibility statement", axe);

    browser.get(fc.url("/api/v2/session/end").toString());
    check("logged-out page", axe);

    assertEquals(List.of(), violations);
  }

  /** The auditors' pages: login, search with results, a login's timeline, volumes and the chain. */
  @Test
  void theAuditorsPagesPassTheAutomatedChecks(FcPlatform fc) throws Exception {
    String flow = AuditTrailRows.completeLoginInTheTrail(fc).get(0).record().flowId();
    AxeAudit axe = new AxeAudit();
    browser.get(fc.url("/audit/").toString());
    check("auditors' login", axe);
    browser.findElement(By.id("username")).sendKeys(FcPlatform.AUDITOR);
    browser.findElement(By.id("password")).sendKeys(FcPlatform.AUDITOR_PASSWORD);
    browser.findElement(By.id("submit")).click();
    wait.until(ExpectedConditions.titleContains("Recherche"));
    browser.get(fc.url("/audit/index.xhtml?flow=" + flow).toString());
    check("audit search with results", axe);
    browser.get(fc.url("/audit/index.xhtml?event=NOT_AN_EVENT").toString());
    check("audit search with an error", axe);
    browser.get(fc.url("/audit/flow.xhtml?id=" + flow).toString());
    check("a login's timeline", axe);
    browser.get(fc.url("/audit/volumes.xhtml").toString());
    check("daily volumes", axe);
    browser.get(fc.url("/audit/chain.xhtml").toString());
    check("the chain's check", axe);

    browser.manage().window().setSize(new Dimension(320, 640));
    for (String page : List.of("/audit/index.xhtml?flow=" + flow, "/audit/flow.xhtml?id=" + flow, "/audit/volumes.xhtml",
        "/audit/chain.xhtml")) {
      browser.get(fc.url(page).toString());
      assertTrue(AxeAudit.reflows(browser), page + " scrolls sideways at 320 px: " + AxeAudit.widerThanTheWindow(browser));
    }
    assertEquals(List.of(), violations);
  }

  /** The consent page of a private SP that must collect consent, then its error when the box is left. */
  @Test
  void theConsentPageAndItsErrorPassTheAutomatedChecks(FcPlatform fc) throws Exception {
    AxeAudit axe = new AxeAudit();
    browser.get(AuthorizeIT.url(fc, ConsentIT.privateSpRequest(fc)).toString());
    wait.until(ExpectedConditions.titleContains("Choix du compte"));
    RealBrowserLoginIT.logInAtTheTaxOfficeDemoIdp(browser, wait);
    check("consent page", axe);

    browser.findElement(By.xpath("//button[contains(., 'Continuer sur')]")).click();
    wait.until(ExpectedConditions.titleContains("Erreur"));
    check("consent page with its error", axe);

    assertEquals(List.of(), violations);
  }

  /**
   * The sandbox's pages: the developer portal, the demo SP and its page after a cancel, a demo
   * IdP's login page, the demo e-mails; each with no failed resource, and none scrolls sideways at
   * 320 px.
   */
  @Test
  void theSandboxPagesPassTheAutomatedChecks(FcPlatform fc) throws Exception {
    AxeAudit axe = new AxeAudit();
    Map<String, String> pages = new LinkedHashMap<>();
    browser.get(fc.sandbox().url() + "/");
    assertFalse(browser.findElements(By.id("integration-authorize-url")).isEmpty(), browser.getPageSource());
    pages.put("developer portal", browser.getCurrentUrl());
    browser.findElement(By.id("start-sandbox-demo-sp")).click();
    wait.until(ExpectedConditions.titleContains("Choix du compte"));
    assertEquals(List.of(), AxeAudit.failedResources(browser), "the choice page's resources");
    browser.findElement(By.xpath("//button[contains(., 'Impots.gouv')]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login")));
    pages.put("demo IdP login", browser.getCurrentUrl());
    browser.navigate().back();
    wait.until(ExpectedConditions.titleContains("Choix du compte"));
    browser.findElement(By.xpath("//a[contains(@href, 'redirect-to-sp-with-error')]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-cancelled")));
    check("demo SP after a cancel", axe);
    pages.put("demo SP", fc.sandbox().url() + "/sp/");
    browser.get(fc.sandbox().url() + "/");
    browser.findElement(By.id("start-sandbox-plus-sp")).click();
    wait.until(ExpectedConditions.titleContains("Choix du compte"));
    check("FranceConnect+ choice page", axe);
    browser.findElement(By.xpath("//button[contains(., 'Identité numérique')]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("otp")));
    pages.put("FranceConnect+ demo IdP login, with its one-time code", browser.getCurrentUrl());
    pages.put("demo e-mails", fc.sandbox().url() + "/mails/");
    for (Map.Entry<String, String> page : pages.entrySet()) {
      browser.get(page.getValue());
      check(page.getKey(), axe);
      assertEquals(List.of(), AxeAudit.failedResources(browser), page.getKey());
    }

    browser.manage().window().setSize(new Dimension(320, 640));
    for (Map.Entry<String, String> page : pages.entrySet()) {
      browser.get(page.getValue());
      assertTrue(AxeAudit.reflows(browser), page.getKey() + " scrolls sideways at 320 px: " + AxeAudit.widerThanTheWindow(browser));
    }
    assertEquals(List.of(), violations);
  }

  /** The service's own pages: home, what it is, the help pages; none scrolls sideways at 320 px. */
  @Test
  void theServicesOwnPagesPassTheAutomatedChecks(FcPlatform fc) throws Exception {
    AxeAudit axe = new AxeAudit();
    List<String> pages = List.of("/", "/api/franceconnect", "/api/aide", "/api/aide/identite", "/api/aide/fournisseur",
        "/api/aide/session", "/api/aide/service", "/api/aide/no-such-family", "/api/accessibilite", "/api/v2/session/end",
        "/api/v2/authorize?client_id=inconnu");
    for (String page : pages) {
      browser.get(fc.url(page).toString());
      check(page, axe);
      assertEquals(List.of(), AxeAudit.failedResources(browser), page);
    }
    browser.manage().window().setSize(new Dimension(320, 640));
    for (String page : pages) {
      browser.get(fc.url(page).toString());
      assertTrue(AxeAudit.reflows(browser), page + " scrolls sideways at 320 px: " + AxeAudit.widerThanTheWindow(browser));
    }
    assertEquals(List.of(), violations);
  }

  /** The citizen's space, each of its pages, and the sandbox's demo e-mails; none scrolls sideways at 320 px. */
  @Test
  void theCitizensSpacePassesTheAutomatedChecks(FcPlatform fc) throws Exception {
    AxeAudit axe = new AxeAudit();
    Instant start = Instant.now();
    browser.get(fc.sandbox().url() + "/sp/");
    browser.findElement(By.xpath("//button[contains(., 'FranceConnect')]")).click();
    wait.until(ExpectedConditions.titleContains("Choix du compte"));
    RealBrowserLoginIT.logInAtTheTaxOfficeDemoIdp(browser, wait);
    browser.findElement(By.xpath("//button[contains(., 'Continuer sur')]")).click();
    wait.until(ExpectedConditions.urlContains("/sp/callback"));
    AuditTrailRows.awaitRow(
        fc, row -> row.record().event() == AuditEvent.REDIRECTED_TO_SP && row.record().occurredAt().isAfter(start));

    browser.get(fc.url("/espace/").toString());
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("franceconnect-login")));
    check("space: its login page", axe);
    browser.findElement(By.id("franceconnect-login")).click();
    wait.until(ExpectedConditions.titleContains("Continuer sur"));
    browser.findElement(By.xpath("//button[contains(., 'Continuer sur')]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("history")));
    check("space: history", axe);
    String code = browser.findElement(By.cssSelector("tr.connection")).getAttribute("data-code");
    browser.findElement(By.id("nav-preferences")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("save-preferences")));
    check("space: identity providers", axe);
    browser.get(fc.url("/espace/signalement.xhtml?code=" + code).toString());
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-misuse")));
    check("space: report of a connection", axe);
    browser.get(fc.sandbox().url() + "/mails/");
    check("sandbox: demo e-mails", axe);

    browser.manage().window().setSize(new Dimension(320, 640));
    for (String page : List.of("/espace/", "/espace/preferences.xhtml", "/espace/signalement.xhtml?code=" + code)) {
      browser.get(fc.url(page).toString());
      assertTrue(AxeAudit.reflows(browser), page + " scrolls sideways at 320 px: " + AxeAudit.widerThanTheWindow(browser));
    }
    assertEquals(List.of(), violations);
  }

  @Test
  void thePagesReflowOnASmallScreen(FcPlatform fc) {
    browser.manage().window().setSize(new Dimension(320, 640));
    browser.get(fc.sandbox().url() + "/sp/");
    browser.findElement(By.xpath("//button[contains(., 'FranceConnect')]")).click();
    wait.until(ExpectedConditions.titleContains("Choix du compte"));

    Object width = ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
    assertTrue(((Number) width).intValue() <= 320, "the window is " + width + " px wide");
    assertTrue(AxeAudit.reflows(browser), "the choice page scrolls sideways at 320 px");
    assertTrue(browser.findElement(By.xpath("//button[contains(., 'Impots.gouv')]")).isDisplayed());

    RealBrowserLoginIT.logInAtTheTaxOfficeDemoIdp(browser, wait);
    assertTrue(AxeAudit.reflows(browser), "the information page scrolls sideways at 320 px");
    assertTrue(browser.findElement(By.xpath("//button[contains(., 'Continuer sur')]")).isDisplayed());

    browser.get(fc.url("/api/v2/authorize?client_id=inconnu").toString());
    assertTrue(AxeAudit.reflows(browser), "the error page scrolls sideways at 320 px");
  }

  /** The audit itself can fail: a page stripped of its language and given an image without text. */
  @Test
  void theAuditCatchesABrokenPage(FcPlatform fc) throws Exception {
    browser.get(fc.url("/api/accessibilite").toString());
    ((JavascriptExecutor) browser)
        .executeScript(
            "document.documentElement.removeAttribute('lang');"
                + "document.querySelector('main').appendChild(document.createElement('img'));");

    List<String> found = new AxeAudit().violations(browser);

    assertTrue(found.stream().anyMatch(v -> v.startsWith("html-has-lang")), found.toString());
    assertTrue(found.stream().anyMatch(v -> v.startsWith("image-alt")), found.toString());
  }

  private void check(String page, AxeAudit axe) {
    assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"), page);
    axe.violations(browser).forEach(violation -> violations.add(page + ": " + violation));
  }
}
