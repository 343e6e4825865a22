package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a complete brokered login costs fc: CPU time read from fc's own process (/proc, all its
 * threads, split by thread group), once the JIT has warmed up, next to the crypto floor measured in
 * this run; with logins per second, each fc step's latency, errors and resident memory, and the
 * sandbox's CPU apart. Each login is a fresh browser: SP authorize, IdP choice, the demo IdP's
 * login, fc's callback (IdP token and userinfo, RNIPP), information page, code, token, userinfo.
 * Run by {@code ./mvnw verify -Pbenchmark}, never in the test suite; writes target/benchmark.txt.
 */
@ExtendWith(SystemTest.class)
class LoginBenchmark {

  private static final int CITIZENS = 4;
  private static final int BATCH = 500;
  private static final int MIN_BATCHES = 10;
  private static final int MAX_BATCHES = 20;
  /** Warm when a batch costs within this share of the one before. */
  private static final double FLAT = 0.05;
  private static final int MEASURED = 2_000;
  /** A login makes 8 requests to fc; the request floor's browsers make as many. */
  private static final int REQUESTS_PER_BROWSER = 8;
  private static final int FLOOR_REQUESTS = 16_000;
  private static final int CHECKTOKEN_TOKENS = 200;
  private static final int CHECKTOKEN_CALLS_PER_TOKEN = 5;
  /** fc's steps, in the order of a login. */
  static final List<String> STEPS =
      List.of(
          "authorize", "IdP choice page", "redirect to IdP", "IdP callback (token, userinfo, RNIPP)",
          "information page", "continue to SP", "token", "userinfo");

  @Test
  void logins(FcPlatform fc) throws Exception {
    StringBuilder report = new StringBuilder();
    report.append("fc login benchmark: %d virtual citizens at once, %d cores, JDK %s%n"
        .formatted(CITIZENS, Runtime.getRuntime().availableProcessors(), Runtime.version()));
    double jdkFloor = CryptoFloor.millisPerLogin();
    double floor = CryptoFloor.millisPerLoginWithBouncyCastle();
    report.append("crypto floor (2 ES256 signatures + 1 ES256 verification, jose4j, this JVM): %.2f ms CPU per login"
        .formatted(floor) + " with BouncyCastle's provider, as fc does; %.2f ms with the JDK's%n%n".formatted(jdkFloor));
    double journal = AuditJournalCost.microsPerEvent();
    report.append("audit journal (one write per event, fc's AuditJournal, this JVM): %.1f us CPU per event, %.2f ms per login of %d events%n%n"
        .formatted(journal, journal * AuditTrailRows.COMPLETE_LOGIN.size() / 1000, AuditTrailRows.COMPLETE_LOGIN.size()));

    report.append(prewarm(fc, Integer.getInteger("fc.benchmark.prewarm-requests", 0)));
    report.append("warm-up, in batches of %d logins:%n".formatted(BATCH));
    int done = 0;
    double previous = Double.MAX_VALUE;
    boolean flat = false;
    for (int batch = 1; batch <= MAX_BATCHES && !flat; batch++) {
      Run run = run(fc, BATCH, null);
      done += BATCH;
      report.append("  after %5d logins: %s%n".formatted(done, run.summary()));
      System.out.print(report.substring(report.lastIndexOf("  after")));
      assertEquals(0, run.errors(), "logins failed while warming up: " + run.firstError());
      flat = batch >= MIN_BATCHES && Math.abs(run.cpuPerLogin() - previous) / previous < FLAT;
      previous = run.cpuPerLogin();
    }
    report.append((flat ? "warm after %d logins%n%n" : "NOT FLAT after %d logins, the most the warm-up runs%n%n")
        .formatted(done));

    Map<String, Collection<Long>> timings = new ConcurrentHashMap<>();
    Recording recording = Recording.startIfAsked(fc.serverPid());
    Run measured = run(fc, MEASURED, timings);
    recording.stop().ifPresent(file -> report.append("JFR recording of the measured logins: ").append(file).append("\n"));
    report.append("measured, %d logins:%n  %s%n".formatted(MEASURED, measured.summary()));
    report.append("  fc CPU per login / crypto floor: %.1f (%.1f of the JDK's floor)%n"
        .formatted(measured.cpuPerLogin() / floor, measured.cpuPerLogin() / jdkFloor));
    report.append("  sandbox CPU per login (demo IdP, SP side of the driver excluded): %.2f ms%n"
        .formatted(measured.sandboxCpuPerLogin()));
    report.append("  resident memory: fc %d MiB, sandbox %d MiB%n"
        .formatted(ProcessCpu.residentMib(fc.serverPid()), ProcessCpu.residentMib(fc.sandbox().pid())));
    NativeMemory.committed(fc.serverPid())
        .ifPresent(split -> report.append("  fc's committed memory by the JVM's account (MiB): ").append(split).append("\n"));
    report.append("  latency of fc's steps (ms):\n");
    STEPS.forEach(step -> report.append(line(step, timings.get(step))));
    report.append("  fc's busiest threads so far (ticks of 10 ms): ").append(busiest(fc.serverPid())).append("\n");
    report.append(secondSpLogins(fc));
    report.append(checkTokens(fc));
    report.append(requestFloor(fc, floor));
    report.append(SustainedLoad.run(fc, measured.logins() / measured.seconds()));
    System.out.println(report);
    Files.writeString(Path.of("target", "benchmark.txt"), report);
    assertEquals(0, measured.errors(), "logins failed: " + measured.firstError());
  }

  /** What {@code logins} logins by {@link #CITIZENS} citizens at once cost fc and the sandbox. */
  private static Run run(FcPlatform fc, int logins, Map<String, Collection<Long>> timings) throws Exception {
    long fcPid = fc.serverPid();
    long sandboxPid = fc.sandbox().pid();
    Map<String, Long> fcBefore = ProcessCpu.snapshot(fcPid);
    long sandboxBefore = ProcessCpu.snapshot(sandboxPid).get("total");
    AtomicInteger errors = new AtomicInteger();
    AtomicReference<String> firstError = new AtomicReference<>();
    long start = System.nanoTime();
    atOnce(() -> {
      for (int i = 0; i < logins / CITIZENS; i++) {
        try {
          login(fc, timings);
        } catch (Exception | AssertionError e) {
          errors.incrementAndGet();
          firstError.compareAndSet(null, e.toString());
        }
      }
    });
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, Long> fcAfter = ProcessCpu.snapshot(fcPid);
    Map<String, Double> perLogin = new LinkedHashMap<>();
    fcAfter.forEach((group, ticks) -> perLogin.put(group, (ticks - fcBefore.get(group)) * ProcessCpu.TICK_MILLIS / logins));
    double sandbox = (ProcessCpu.snapshot(sandboxPid).get("total") - sandboxBefore) * ProcessCpu.TICK_MILLIS / logins;
    return new Run(logins, seconds, perLogin, sandbox, errors.get(), firstError.get());
  }

  /**
   * A JFR recording of fc's server during the measured logins, when {@code -Dfc.benchmark.jfr=true}:
   * its profile settings cost fc a little CPU, so it is off unless a profile is wanted.
   */
  private record Recording(long pid, Path file) {

    static Recording startIfAsked(long pid) throws Exception {
      if (!Boolean.getBoolean("fc.benchmark.jfr")) {
        return new Recording(pid, null);
      }
      Path file = Path.of("target", "fc-steady-state.jfr").toAbsolutePath();
      jcmd(pid, "JFR.start", "name=benchmark", "settings=profile", "filename=" + file);
      return new Recording(pid, file);
    }

    Optional<Path> stop() throws Exception {
      if (file == null) {
        return Optional.empty();
      }
      jcmd(pid, "JFR.stop", "name=benchmark");
      return Optional.of(file);
    }

    private static void jcmd(long pid, String... command) throws Exception {
      List<String> line = new ArrayList<>(List.of("jcmd", String.valueOf(pid)));
      line.addAll(List.of(command));
      Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      if (process.waitFor() != 0) {
        throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed: " + output);
      }
    }
  }

  private record Run(
      int logins, double seconds, Map<String, Double> fcCpuPerLogin, double sandboxCpuPerLogin, int errors, String firstError) {

    double cpuPerLogin() {
      return fcCpuPerLogin.get("total");
    }

    String summary() {
      StringBuilder groups = new StringBuilder();
      ProcessCpu.GROUPS.forEach(group -> groups.append(", %s %.1f".formatted(group, fcCpuPerLogin.get(group))));
      return "fc CPU %.1f ms per login (%s), %.1f logins/s, %d errors"
          .formatted(cpuPerLogin(), groups.substring(2), logins / seconds, errors);
    }
  }

  private static String busiest(long pid) throws Exception {
    List<Map.Entry<String, Long>> threads = new ArrayList<>(ProcessCpu.byThreadName(pid).entrySet());
    threads.sort(Map.Entry.<String, Long>comparingByValue().reversed());
    return threads.subList(0, Math.min(12, threads.size())).toString();
  }

  /** A second SP's login in the same browser, through fc's session: no IdP, no RNIPP (contract 2.2). */
  private static String secondSpLogins(FcPlatform fc) throws Exception {
    Map<String, Collection<Long>> sso = new LinkedHashMap<>();
    for (int i = 0; i < 100; i++) {
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
    StringBuilder lines = new StringBuilder("  SSO, one citizen at a time:\n");
    sso.forEach((step, times) -> lines.append(line(step, times)));
    return lines.toString();
  }

  /**
   * A data provider's checktoken calls (contract section 3.2), {@link #CITIZENS} at once, on the
   * tokens of logins that granted data scopes: fc's CPU per call (a signature and an encryption to
   * the provider's key each), and their latency. A first round warms the path up; the second is
   * measured, its tokens fresh (they live 60 s).
   */
  private static String checkTokens(FcPlatform fc) throws Exception {
    checkTokenRound(fc, null);
    Map<String, Collection<Long>> timings = new ConcurrentHashMap<>();
    double cpuPerCall = checkTokenRound(fc, timings);
    return ("  checktoken, %d at once, %d calls (%d per token): fc CPU %.2f ms per call%n")
            .formatted(CITIZENS, CHECKTOKEN_TOKENS * CHECKTOKEN_CALLS_PER_TOKEN, CHECKTOKEN_CALLS_PER_TOKEN, cpuPerCall)
        + line("checktoken", timings.get("checktoken"));
  }

  /** Logins for fresh tokens, then the calls on them; fc's CPU per call. */
  private static double checkTokenRound(FcPlatform fc, Map<String, Collection<Long>> timings) throws Exception {
    Queue<String> tokens = new ConcurrentLinkedQueue<>();
    atOnce(() -> {
      for (int i = 0; i < CHECKTOKEN_TOKENS / CITIZENS; i++) {
        URI back = DataConsentIT.loginConsenting(fc, CheckTokenIT.DATA_SCOPES);
        HttpResponse<String> token = TokenIT.redeem(fc, AuthorizeIT.query(back).get("code"), TokenIT.CLIENT_ID, TokenIT.SECRET);
        tokens.add((String) Http.json(token.body()).get("access_token"));
      }
    });
    TestDataProviders.Provider dp = fc.dataProviders().ec;
    Map<String, Long> before = ProcessCpu.snapshot(fc.serverPid());
    atOnce(() -> {
      for (String token = tokens.poll(); token != null; token = tokens.poll()) {
        for (int call = 0; call < CHECKTOKEN_CALLS_PER_TOKEN; call++) {
          String presented = token;
          HttpResponse<String> answer =
              timed(timings, "checktoken", () -> CheckTokenIT.checkToken(fc, presented, dp.clientId(), TestDataProviders.SECRET));
          assertEquals(200, answer.statusCode(), answer.body());
        }
      }
    });
    long ticks = ProcessCpu.snapshot(fc.serverPid()).get("total") - before.get("total");
    return ticks * ProcessCpu.TICK_MILLIS / (CHECKTOKEN_TOKENS * CHECKTOKEN_CALLS_PER_TOKEN);
  }

  /**
   * What fc's stack costs per request when the request does nothing of a login: fc's JWKS (its
   * filters, JAX-RS, a CDI bean, an EJB call, a metric) by fresh browsers of 8 requests each, as
   * many as a login makes, 4 at once, after as many requests of warm-up.
   */
  private static String requestFloor(FcPlatform fc, double cryptoFloor) throws Exception {
    URI jwks = fc.url("/api/v2/jwks");
    jwksRequests(jwks, FLOOR_REQUESTS);
    Map<String, Long> before = ProcessCpu.snapshot(fc.serverPid());
    jwksRequests(jwks, FLOOR_REQUESTS);
    double perRequest =
        (ProcessCpu.snapshot(fc.serverPid()).get("total") - before.get("total")) * ProcessCpu.TICK_MILLIS / FLOOR_REQUESTS;
    double login = REQUESTS_PER_BROWSER * perRequest;
    return ("  request floor: one JWKS request costs fc %.2f ms of CPU (fresh browser every %d requests, %d at once);%n"
            + "    a login's %d requests at that cost plus the crypto floor: %.1f ms%n")
        .formatted(perRequest, REQUESTS_PER_BROWSER, CITIZENS, REQUESTS_PER_BROWSER, login + cryptoFloor);
  }

  /** Requests outside any login, before the first login: what they leave compiled for the logins. */
  private static String prewarm(FcPlatform fc, int requests) throws Exception {
    if (requests == 0) {
      return "";
    }
    List<URI> pages = List.of(
        fc.url("/api/v2/jwks"), fc.url("/api/v2/.well-known/openid-configuration"), fc.url("/"),
        fc.url("/api/aide"), fc.url("/api/franceconnect"), fc.url("/api/v2/jwks"), fc.url("/"), fc.url("/api/aide"));
    Map<String, Long> before = ProcessCpu.snapshot(fc.serverPid());
    long start = System.nanoTime();
    int sent = freshBrowsers(pages, requests);
    long ticks = ProcessCpu.snapshot(fc.serverPid()).get("total") - before.get("total");
    return "pre-warm: %d requests (JWKS, discovery, home, help, about) in %.1f s, %.1f s of fc CPU%n%n"
        .formatted(sent, (System.nanoTime() - start) / 1e9, ticks * ProcessCpu.TICK_MILLIS / 1000.0);
  }

  private static void jwksRequests(URI jwks, int requests) throws Exception {
    freshBrowsers(Collections.nCopies(REQUESTS_PER_BROWSER, jwks), requests);
  }

  /**
   * About {@code requests} GETs by fresh browsers, each asking for {@code pages} in turn, {@link #CITIZENS}
   * at once, every answer a 200; returns how many were sent (a whole number of browsers).
   */
  private static int freshBrowsers(List<URI> pages, int requests) throws Exception {
    int browsersPerCitizen = requests / CITIZENS / pages.size();
    atOnce(() -> {
      for (int i = 0; i < browsersPerCitizen; i++) {
        Browser browser = new Browser();
        for (URI page : pages) {
          HttpResponse<String> answer = browser.get(page);
          assertEquals(200, answer.statusCode(), page + ": " + answer.body());
        }
      }
    });
    return browsersPerCitizen * CITIZENS * pages.size();
  }

  /** Runs {@code citizen} on {@link #CITIZENS} threads at once; returns when all are done. */
  private static void atOnce(Citizen citizen) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CITIZENS);
    try {
      List<Callable<Void>> citizens = new ArrayList<>();
      for (int c = 0; c < CITIZENS; c++) {
        citizens.add(() -> {
          citizen.run();
          return null;
        });
      }
      for (Future<Void> done : pool.invokeAll(citizens)) {
        done.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  private interface Citizen {
    void run() throws Exception;
  }

  /** One whole login, SP to userinfo; the sandbox IdP's own page and form are not timed. */
  static void login(FcPlatform fc, Map<String, Collection<Long>> timings) throws Exception {
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

  private static <T> T timed(Map<String, Collection<Long>> timings, String step, Callable<T> call) throws Exception {
    long start = System.nanoTime();
    T result = call.call();
    if (timings != null) {
      timings.computeIfAbsent(step, s -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - start);
    }
    return result;
  }

  static String line(String step, Collection<Long> nanos) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    return "    %-40s p50 %6.1f  p95 %6.1f  p99 %6.1f  max %6.1f%n"
        .formatted(step, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
  }

  private static double ms(List<Long> sorted, double percentile) {
    return sorted.get((int) Math.ceil(percentile * sorted.size()) - 1) / 1e6;
  }
}
