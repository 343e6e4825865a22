package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.audit.AuditChain.StoredRow;
import fr.fc.audit.AuditEvent;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An auditor in a real browser (headless Chromium) logs in to the auditors' pages, finds a login by
 * its sub, reads its timeline, exports it as CSV, and sees the chain intact.
 */
@ExtendWith(SystemTest.class)
class RealBrowserAuditorPagesIT {

  private WebDriver browser;

  @BeforeEach
  void openBrowser() throws Exception {
    browser = Chromium.open();
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  void anAuditorFindsALoginBySubSeesItsTimelineAndExportsIt(FcPlatform fc) throws Exception {
    List<StoredRow> login = AuditTrailRows.completeLoginInTheTrail(fc);
    String flow = login.get(0).record().flowId();
    StoredRow token = login.get(8);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

    browser.get(fc.url("/audit/").toString());
    browser.findElement(By.id("username")).sendKeys(FcPlatform.AUDITOR);
    browser.findElement(By.id("password")).sendKeys(FcPlatform.AUDITOR_PASSWORD);
    browser.findElement(By.id("submit")).click();
    wait.until(ExpectedConditions.titleContains("Recherche dans le journal d'audit"));
    browser.findElement(By.name("sub")).sendKeys(token.record().sub());
    new Select(browser.findElement(By.name("event"))).selectByValue("TOKEN_ISSUED");
    browser.findElement(By.xpath("//button[contains(., 'Rechercher')] | //input[@type='submit' and @value='Rechercher']")).click();
    // The search answers on the same page: the table found first may be the old page's, gone a moment later.
    wait.ignoring(StaleElementReferenceException.class)
        .until(page -> page.findElement(By.tagName("table")).getText().contains("TOKEN_ISSUED"));

    browser.findElement(By.xpath("//a[contains(@href, 'flow.xhtml?id=" + flow + "')]")).click();
    wait.until(ExpectedConditions.titleContains("Parcours d'une connexion"));
    String timeline = browser.findElement(By.tagName("table")).getText();
    for (AuditEvent event : AuditTrailRows.COMPLETE_LOGIN) {
      assertTrue(timeline.contains(event.name()), event + " in " + timeline);
    }

    browser.get(fc.url("/audit/index.xhtml?flow=" + flow + "&from=&to=").toString());
    String export = browser.findElement(By.xpath("//a[contains(., 'Exporter en CSV')]")).getAttribute("href");
    HttpResponse<String> csv = withAuditorSession(fc, URI.create(export));
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(csv.body().startsWith("id,occurred_at,event,outcome"), csv.body());
    assertTrue(csv.body().contains("," + flow + ",sandbox-demo-sp,impots,eidas1," + token.record().sub()), csv.body());

    browser.get(fc.url("/audit/chain.xhtml").toString());
    assertTrue(browser.getPageSource().contains("Chaîne intacte"), browser.getPageSource());
  }

  private HttpResponse<String> withAuditorSession(FcPlatform fc, URI url) throws Exception {
    StringBuilder cookies = new StringBuilder();
    for (Cookie cookie : browser.manage().getCookies()) {
      cookies.append(cookie.getName()).append('=').append(cookie.getValue()).append("; ");
    }
    return fc.http().send(HttpRequest.newBuilder(url).header("Cookie", cookies.toString()).GET().build());
  }
}
