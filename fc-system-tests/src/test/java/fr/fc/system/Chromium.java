package fr.fc.system;

import java.io.File;
import java.nio.file.Files;
import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium, driven by its chromedriver, as a French-speaking citizen's browser. */
final class Chromium {

  private Chromium() {}

  static WebDriver open() throws Exception {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--lang=fr-FR",
        "--user-data-dir=" + Files.createTempDirectory("fc-chromium"));
    // Headless Chromium ignores --lang for Accept-Language: the citizen's French comes from prefs.
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
    return new ChromeDriver(service, options);
  }
}
