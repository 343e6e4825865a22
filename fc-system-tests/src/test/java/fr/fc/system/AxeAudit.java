package fr.fc.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The axe-core accessibility engine (npm, the test's node folder) run on the page a real browser
 * shows, on the WCAG 2.1 A and AA rules RGAA 4.1 is built on.
 */
final class AxeAudit {

  private static final String RUN =
      """
      const done = arguments[arguments.length - 1];
      axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
        .then(result => done(result.violations.map(v =>
          ({rule: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.map(n => n.target.join(' ')).join(', ')}))))
        .catch(error => done([{rule: 'axe-failed', impact: 'critical', help: String(error), nodes: ''}]));
      """;

  private final String engine;

  AxeAudit() throws IOException {
    engine = Files.readString(Path.of(System.getProperty("fc.it.nodeDir"), "node_modules", "axe-core", "axe.min.js"));
  }

  /** The rules the current page breaks, one line each (rule, impact, help, elements); empty if none. */
  @SuppressWarnings("unchecked")
  List<String> violations(WebDriver browser) {
    JavascriptExecutor script = (JavascriptExecutor) browser;
    script.executeScript(engine);
    List<Map<String, Object>> found = (List<Map<String, Object>>) script.executeAsyncScript(RUN);
    return found.stream()
        .map(v -> v.get("rule") + " (" + v.get("impact") + "): " + v.get("help") + " at " + v.get("nodes"))
        .collect(Collectors.toList());
  }

  /** Whether the page reflows at the browser's current width: nothing wider than the window (RGAA 10.11). */
  static boolean reflows(WebDriver browser) {
    Object fits =
        ((JavascriptExecutor) browser)
            .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
    return Boolean.TRUE.equals(fits);
  }

  /** The elements that first reach past the window's right edge (their parent does not), for a failure's message. */
  static Object widerThanTheWindow(WebDriver browser) {
    return ((JavascriptExecutor) browser)
        .executeScript(
            "return Array.from(document.querySelectorAll('body *'))"
                + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1"
                + " && (!e.parentElement || e.parentElement.getBoundingClientRect().right <= window.innerWidth + 1))"
                + ".map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)"
                + " + ' in ' + e.parentElement.className + ' ' + getComputedStyle(e.parentElement).overflowX"
                + " + ' ' + getComputedStyle(e.parentElement).maxWidth)"
                + ".slice(0, 15);");
  }

  /** The page's resources (style sheets, images, icons) the server refused or did not find: "404 in the console". */
  static Object failedResources(WebDriver browser) {
    return ((JavascriptExecutor) browser)
        .executeScript(
            "return performance.getEntriesByType('resource')"
                + ".filter(r => r.responseStatus >= 400).map(r => r.responseStatus + ' ' + r.name);");
  }
}
