package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
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
 * A citizen in a real browser (headless Chromium): the demo SP's FranceConnect button, the IdP
 * choice, the demo IdP's login form, the information page, and back on the SP with their identity.
 */
@ExtendWith(SystemTest.class)
class RealBrowserLoginIT {

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
  void aCitizenLogsInToTheDemoSpThroughFc(FcPlatform fc) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    browser.get(fc.sandbox().url() + "/sp/");
    browser.findElement(By.xpath("//button[contains(., 'FranceConnect')]")).click();

    wait.until(ExpectedConditions.titleContains("Choix du compte"));
    logInAtTheTaxOfficeDemoIdp(browser, wait);
    assertTrue(browser.getPageSource().contains("Angela Claire Louise DUBOIS"));
    browser.findElement(By.xpath("//button[contains(., 'Continuer sur')]")).click();

    wait.until(ExpectedConditions.urlContains("/sp/callback"));
    String page = browser.findElement(By.tagName("body")).getText();
    assertTrue(page.contains("DUBOIS"), page);
    assertTrue(page.contains("Angela"), page);
    assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));

    browser.findElement(By.xpath("//button[contains(., 'déconnecter')]")).click();
    wait.until(ExpectedConditions.urlContains("/sp/logout-callback"));
    assertTrue(browser.getPageSource().contains("Vous êtes déconnecté"), browser.getPageSource());
  }

  /** The transmitted data folds and unfolds in the browser itself: fc's pages run no script. */
  @Test
  void theTransmittedDataOpensWithoutScripts(FcPlatform fc) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    browser.get(fc.sandbox().url() + "/sp/");
    browser.findElement(By.xpath("//button[contains(., 'FranceConnect')]")).click();
    wait.until(ExpectedConditions.titleContains("Choix du compte"));
    logInAtTheTaxOfficeDemoIdp(browser, wait);
    WebElement birthplace = browser.findElement(By.xpath("//li[contains(., 'Lieu de naissance')]"));
    assertFalse(birthplace.isDisplayed(), "folded on the information page");

    browser.findElement(By.xpath("//summary[contains(., 'Données transmises')]")).click();

    assertTrue(birthplace.isDisplayed());
  }

  /** A citizen ticks the consent box of a private SP that must collect consent, and goes on to it. */
  @Test
  void aCitizenConsentsAndGoesOnToThePrivateSp(FcPlatform fc) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    browser.get(AuthorizeIT.url(fc, ConsentIT.privateSpRequest(fc)).toString());
    wait.until(ExpectedConditions.titleContains("Choix du compte"));
    logInAtTheTaxOfficeDemoIdp(browser, wait);
    assertTrue(browser.findElement(By.xpath("//li[contains(., 'Lieu de naissance')]")).isDisplayed(), "shown open");

    browser.findElement(By.cssSelector("label[for=consent]")).click();
    browser.findElement(By.xpath("//button[contains(., 'Continuer sur')]")).click();

    wait.until(ExpectedConditions.urlContains("/sp/callback"));
    assertTrue(browser.getCurrentUrl().contains("code="), browser.getCurrentUrl());
  }

  /** From fc's IdP choice page to fc's information page, as test / 123 at the tax office's demo IdP. */
  static void logInAtTheTaxOfficeDemoIdp(WebDriver browser, WebDriverWait wait) {
    browser.findElement(By.xpath("//button[contains(., 'Impots.gouv')]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login")));
    browser.findElement(By.id("login")).sendKeys("test");
    browser.findElement(By.id("password")).sendKeys("123");
    browser.findElement(By.cssSelector("form button[type=submit], form input[type=submit]")).click();
    wait.until(ExpectedConditions.titleContains("Continuer sur"));
  }
}
