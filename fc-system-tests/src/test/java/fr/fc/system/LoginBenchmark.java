package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How fast fc serves whole logins on this machine: each of fc's steps timed over plain HTTP, one
 * citizen after another, then several at once. Run by {@code ./mvnw verify -Pbenchmark}, never in
 * the test suite; it prints its figures and writes them to target/benchmark.txt.
 */
@ExtendWith(SystemTest.class)
class LoginBenchmark {

  private static final int WARM_UP = 30;
  private static final int SEQUENTIAL = 200;
  private static final int CITIZENS = 4;
  private static final int LOGINS_EACH = 50;

  private final Map<String, List<Long>> timings = new LinkedHashMap<>();

  @Test
  void logins(FcPlatform fc) throws Exception {
    for (int i = 0; i < WARM_UP; i++) {
      login(fc, null);
    }
    for (int i = 0; i < SEQUENTIAL; i++) {
      login(fc, timings);
    }
    StringBuilder report = new StringBuilder("fc login benchmark (" + SEQUENTIAL + " sequential logins, ms per fc step)\n");
    timings.forEach((step, times) -> report.append(line(step, times)));
    report.append(secondSpLogins(fc));
    report.append(concurrently(fc));
    System.out.println(report);
    Files.writeString(Path.of("target", "benchmark.txt"), report);
  }

  private String concurrently(FcPlatform fc) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CITIZENS);
    List<Callable<Void>> citizens = new ArrayList<>();
    for (int c = 0; c < CITIZENS; c++) {
      citizens.add(() -> {
        for (int i = 0; i < LOGINS_EACH; i++) {
          login(fc, null);
        }
        return null;
      });
    }
    long start = System.nanoTime();
    for (Future<Void> done : pool.invokeAll(citizens)) {
      done.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    int logins = CITIZENS * LOGINS_EACH;
    return "%d citizens at once, %d logins each: %.1f s, %.1f whole logins per second (IdP and SP included)%n"
        .formatted(CITIZENS, LOGINS_EACH, seconds, logins / seconds);
  }

  /** A second SP's login in the same browser, through fc's session: no IdP, no RNIPP (contract 2.2). */
  private static String secondSpLogins(FcPlatform fc) throws Exception {
    Map<String, List<Long>> sso = new LinkedHashMap<>();
    for (int i = 0; i < SEQUENTIAL / 2; i++) {
      Browser browser = new Browser();
      BrokeredLoginIT.loginThrough(fc, browser, AuthorizeIT.url(fc, AuthorizeIT.request(fc)), "impots", "test");
      Map<String, String> second = AuthorizeIT.request(fc, RequestObjectIT.LEGACY_SP);
      second.put("scope", "openid profile");
      URI authorize = AuthorizeIT.url(fc, second);
      timed(sso, "second SP, authorize to code (SSO)", () -> {
        HttpResponse<String> information = browser.follow(browser.get(authorize));
        return browser.post(fc.url("/api/v2/login"), Browser.hiddenFields(information.body()));
      });
    }
    StringBuilder lines = new StringBuilder();
    sso.forEach((step, times) -> lines.append(line(step, times)));
    return lines.toString();
  }

  /** One whole login, SP to userinfo; the sandbox IdP's own page and form are not timed. */
  private static void login(FcPlatform fc, Map<String, List<Long>> timings) throws Exception {
    Browser browser = new Browser();
    URI authorize = AuthorizeIT.url(fc, AuthorizeIT.request(fc));
    HttpResponse<String> redirect = timed(timings, "authorize", () -> browser.get(authorize));
    HttpResponse<String> choice = timed(timings, "IdP choice page", () -> browser.follow(redirect));
    Map<String, String> tile = Browser.hiddenFields(choice.body());
    tile.put("idp", "impots");
    HttpResponse<String> toIdp = timed(timings, "redirect to IdP", () -> browser.post(fc.url("/api/v2/redirect-to-idp"), tile));
    HttpResponse<String> loginPage = browser.follow(toIdp);
    Map<String, String> form = Browser.hiddenFields(loginPage.body());
    form.put("login", "test");
    form.put("password", "123");
    HttpResponse<String> answer = browser.post(loginPage.uri().resolve("login"), form);
    HttpResponse<String> callback =
        timed(timings, "IdP callback (token, userinfo, RNIPP)", () -> browser.follow(answer));
    HttpResponse<String> consent = timed(timings, "information page", () -> browser.follow(callback));
    HttpResponse<String> back =
        timed(timings, "continue to SP", () -> browser.post(fc.url("/api/v2/login"), Browser.hiddenFields(consent.body())));
    String code = AuthorizeIT.query(Browser.location(back)).get("code");
    HttpResponse<String> tokens = timed(timings, "token", () -> TokenIT.redeem(fc, code, TokenIT.CLIENT_ID, TokenIT.SECRET));
    assertEquals(200, tokens.statusCode(), tokens.body());
    String accessToken = (String) Http.json(tokens.body()).get("access_token");
    HttpResponse<String> userinfo = timed(timings, "userinfo", () -> TokenIT.userinfo(fc, accessToken));
    assertEquals(200, userinfo.statusCode(), userinfo.body());
  }

  private static <T> T timed(Map<String, List<Long>> timings, String step, Callable<T> call) throws Exception {
    long start = System.nanoTime();
    T result = call.call();
    if (timings != null) {
      timings.computeIfAbsent(step, s -> new ArrayList<>()).add(System.nanoTime() - start);
    }
    return result;
  }

  private static String line(String step, List<Long> nanos) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    return "  %-40s p50 %6.1f  p95 %6.1f  max %6.1f%n"
        .formatted(step, ms(sorted, 0.50), ms(sorted, 0.95), sorted.get(sorted.size() - 1) / 1e6);
  }

  private static double ms(List<Long> sorted, double percentile) {
    return sorted.get((int) Math.ceil(percentile * sorted.size()) - 1) / 1e6;
  }
}
