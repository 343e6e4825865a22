package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a citizen meets, in a real browser at a desktop's width and a phone's: each IdP's logo with
 * its text, and "Ce n'est pas vous ?" back to the choice for a login with another account.
 */
@ExtendWith(SystemTest.class)
class RealBrowserCitizenPagesIT {

  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() throws Exception {
    browser = Chromium.open();
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  /** An error page of each family leads, by its help link, to its help page's steps. */
  @ParameterizedTest(name = "{0} px wide")
  @ValueSource(ints = {1280, 375})
  void errorPagesLeadToTheirHelp(int width, FcPlatform fc) {
    browser.manage().window().setSize(new Dimension(width, 900));
    Map<String, String> errors =
        Map.of("service", "/api/v2/authorize?client_id=inconnu", "session", "/api/v2/interaction/no-such-interaction");
    errors.forEach((family, page) -> {
      browser.get(fc.url(page).toString());
      WebElement help = browser.findElement(By.id("help-link"));
      assertTrue(help.getAttribute("href").endsWith("/api/aide/" + family), help.getAttribute("href"));
      help.click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("help-steps")));
      assertTrue(AxeAudit.reflows(browser), family + "'s help at " + width + " px");
    });
  }

  @ParameterizedTest(name = "{0} px wide")
  @ValueSource(ints = {1280, 375})
  void eachIdpShowsItsLogoAndNotYouLeadsToAnotherAccount(int width, FcPlatform fc) {
    browser.manage().window().setSize(new Dimension(width, 900));
    browser.get(fc.sandbox().url() + "/sp/");
    browser.findElement(By.xpath("//button[contains(., 'FranceConnect')]")).click();
    wait.until(ExpectedConditions.titleContains("Choix du compte"));

    List<WebElement> logos = browser.findElements(By.cssSelector("img.fc-idp-logo"));
    assertTrue(logos.size() >= 3, "the demo IdPs' logos: " + logos.size());
    for (WebElement logo : logos) {
      assertTrue(logo.getAttribute("alt").startsWith("Logo "), logo.getAttribute("alt"));
      Object loaded = ((JavascriptExecutor) browser).executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", logo);
      assertEquals(Boolean.TRUE, loaded, logo.getAttribute("src") + " loads");
    }
    assertTrue(AxeAudit.reflows(browser), "the choice page at " + width + " px: " + AxeAudit.widerThanTheWindow(browser));

    RealBrowserLoginIT.logInAtTheTaxOfficeDemoIdp(browser, wait);
    assertTrue(browser.getPageSource().contains("DUBOIS"));
    assertTrue(AxeAudit.reflows(browser), "the information page at " + width + " px: " + AxeAudit.widerThanTheWindow(browser));
    browser.findElement(By.id("change-account")).click();

    wait.until(ExpectedConditions.titleContains("Choix du compte"));
    browser.findElement(By.xpath("//button[contains(., 'Impots.gouv')]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login")));
    browser.findElement(By.id("login")).sendKeys("accents");
    browser.findElement(By.id("password")).sendKeys("123");
    browser.findElement(By.cssSelector("form button[type=submit], form input[type=submit]")).click();
    wait.until(ExpectedConditions.titleContains("Continuer sur"));
    String page = browser.getPageSource();
    assertTrue(page.contains("DUBINÔRE"), "the other account's identity");
    assertFalse(page.contains("DUBOIS"), "nothing of the first account");
  }
}
