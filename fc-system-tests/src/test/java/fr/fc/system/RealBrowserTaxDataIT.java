package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * "Dites-le-nous une fois" in a real browser (headless Chromium): the demo SP asks for the
 * citizen's tax data, fc's consent page names the tax office as their source, and with the
 * citizen's consent the demo SP shows what the sandbox's tax data provider sent after checking the
 * SP's token at fc; without it, the SP gets access_denied and nothing.
 */
@ExtendWith(SystemTest.class)
class RealBrowserTaxDataIT {

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

  @Test
  void withConsentTheSpShowsTheTaxDataOfTheDataProvider(FcPlatform fc) {
    reachTheConsentPage(fc);
    String consentPage = browser.findElement(By.tagName("body")).getText();
    assertTrue(consentPage.contains("Direction générale des Finances publiques"), consentPage);
    assertTrue(consentPage.contains("Revenu fiscal de référence"), consentPage);
    assertTrue(consentPage.contains("Nombre de parts"), consentPage);

    browser.findElement(By.cssSelector("label[for=consent]")).click();
    browser.findElement(By.xpath("//button[contains(., 'Continuer sur')]")).click();

    wait.until(ExpectedConditions.urlContains("/sp/"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//*[contains(., 'Revenu fiscal de référence :')]")));
    String page = browser.findElement(By.tagName("body")).getText().replace('\u00a0', ' ');
    assertTrue(page.contains("Revenu fiscal de référence : 24 500 €"), page);
    assertTrue(page.contains("Nombre de parts : 1,5"), page);
    assertTrue(page.contains("DUBOIS"), "and the identity: " + page);
  }

  @Test
  void refusingLeavesTheSpWithAccessDeniedAndNoData(FcPlatform fc) {
    reachTheConsentPage(fc);

    browser.findElement(By.xpath("//button[@value='refuse']")).click();

    wait.until(ExpectedConditions.urlContains("/sp/"));
    assertTrue(browser.getCurrentUrl().contains("error=access_denied"), browser.getCurrentUrl());
    String page = browser.findElement(By.tagName("body")).getText();
    assertTrue(page.contains("Vous avez refusé de partager vos données fiscales"), page);
    assertFalse(page.contains("Revenu fiscal de référence :"), page);
  }

  private void reachTheConsentPage(FcPlatform fc) {
    browser.get(fc.sandbox().url() + "/sp/");
    browser.findElement(By.xpath("//button[contains(., 'Mes données fiscales')]")).click();
    wait.until(ExpectedConditions.titleContains("Choix du compte"));
    RealBrowserLoginIT.logInAtTheTaxOfficeDemoIdp(browser, wait);
  }
}
