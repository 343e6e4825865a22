package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile input on every public endpoint and form of fc (issue 18): a seeded, bounded fuzz. Each
 * case takes a valid request to one endpoint and breaks it with one or two {@link #MUTATIONS}.
 * Every answer comes within 10 s, is below 500 and shows no internals (stack trace, class names,
 * the server's name, SQL). A refusal is in its channel's form: the contract's JSON error on the back
 * channel, fc's HTML page in the browser, 401 on the admin API. Nothing stored changes. Slow and
 * partial requests, and bodies of megabytes, are covered by {@link ListenerLimitsIT}; fixed lists of
 * bad input by {@link BadInputIT} and {@link ServerAnswersIT}.
 *
 * <p>A seed always gives the same cases (-Dfc.it.fuzzSeed to choose one, -Dfc.it.fuzzBudget for
 * their number). The state behind the login steps (interactions, codes, tokens) still depends on
 * the order in which the four senders ran them.
 */
@ExtendWith(SystemTest.class)
class FuzzIT {

  private static final long DEFAULT_SEED = 18L;
  private static final int DEFAULT_BUDGET = 1500;
  private static final int SENDERS = 4;
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  /** Past it the remaining cases are not sent: the test stays near a minute on a slow machine. */
  private static final Duration SENDING_TIME = Duration.ofSeconds(40);
  /** Grizzly's request head buffer (8 KiB): a longer request line and headers never reach fc. */
  private static final int HEAD_LIMIT = 8000;
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final String JSON = "application/json";
  private static final String BROWSER_ACCEPT =
      "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
  /** Methods the server knows; RFC 9110 section 15.6.2 answers the others 501. */
  private static final Set<String> KNOWN_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "TRACE");
  private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");

  /**
   * What no request without an operator's token may change: the registry, the citizens' choices,
   * fc's keys. Not the trail (audit_event, its checkpoints and its index citizen_event) nor
   * consent: a mutation that leaves a login step valid completes a login, which they record. Nor
   * the citizens' space's own registration, which fc makes at the space's first use (and which
   * moves registry_version).
   */
  private static final List<String> STORED_TABLES =
      List.of(
          "service_provider", "service_provider_redirect_uri", "service_provider_post_logout_uri",
          "identity_provider", "data_provider", "citizen_idp_choice", "citizen_preference");
  private static final String SPACE_IDS = "(SELECT id FROM service_provider WHERE client_id = 'fc-mon-espace')";
  private static final Map<String, String> NOT_THE_SPACE =
      Map.of(
          "service_provider", "t.client_id <> 'fc-mon-espace'",
          "service_provider_redirect_uri", "t.service_provider_id NOT IN " + SPACE_IDS,
          "service_provider_post_logout_uri", "t.service_provider_id NOT IN " + SPACE_IDS);
  private static final List<String> KEY_FILES = List.of("fc-signing-keys.json", "fc-encryption-keys.json");

  /** A stack trace, an exception or a class of the runtime, the server's name, the database's words. */
  private static final Pattern INTERNALS =
      Pattern.compile(
          "Exception|Caused by|\\sat [a-z]+\\.[\\w.$]+\\(|java\\.|javax\\.|jakarta\\.(?!faces)|Payara|GlassFish|Grizzly"
              + "|org\\.postgresql|SQLState|SQL state|syntax error at or near|duplicate key|violates [\\w ]*constraint");
  /** A header of the answer made from a value of the request. */
  private static final Pattern INJECTED = Pattern.compile("(?im)^(x-fuzz|set-cookie:\\s*fuzz)");
  /** What the servlet container decodes or normalizes itself in a path, before any of fc's code. */
  private static final Pattern CONTAINER_PATH = Pattern.compile("[%;\\\\]|//|(^|/)\\.\\.?(/|$)");
  private static final Pattern MEMBER = Pattern.compile("\"([^\"\\\\]*)\"\\s*:\\s*\"([^\"\\\\]*)\"");
  private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  // Byte strings, as all of a Request's: each char is one byte (ISO-8859-1).
  private static final List<String> PERCENT_GARBAGE =
      List.of("%", "%z", "%zz", "%0", "%%", "%00", "%C0%AF", "%E9", "%ED%A0%80", "%FF%FE", "%u0041", "%2", "%%32%30",
          "%0D%0A", "+%");
  private static final List<String> CONTROLS =
      List.of("\0", "\r\n", "\n", "\r", "\t", "\u007f", "\u001b[31m", "\r\nX-Fuzz: injected\r\nSet-Cookie: fuzz=1");
  /** Not UTF-8: overlong "/", Latin-1 "é", a lone surrogate, a BOM reversed, a cut and a too long sequence. */
  private static final List<String> BAD_UTF8 =
      List.of("\u00c0\u00af", "\u00e9", "\u00ed\u00a0\u0080", "\u00ff\u00fe", "\u00c3", "\u00f8\u0088\u0080\u0080\u0080");
  /** Raw, unlike CONTROLS: in a request line or a header they make malformed HTTP. */
  private static final List<String> RAW_CONTROLS =
      List.of("\r\n", "\n", "\r", "\0", " ", "\t", "\u00ff", "\r\nX-Fuzz: injected\r\n");
  /** Java strings: sent as UTF-8. */
  private static final List<String> INJECTIONS =
      List.of(
          "' OR '1'='1", "1; DROP TABLE service_provider; --", "<script>alert(1)</script>", "\"><svg onload=alert(1)>",
          "${7*7}", "#{7*7}", "{{7*7}}", "{x}", "%s%n%x", "../../../../etc/passwd", "https://attacker.example/callback",
          "\u202eevil", "\ud83d\ude00", "\ufeff", "null", "[]", "{}", "-1", "99999999999999999999", "s".repeat(513));
  private static final List<String> EMPTY_NAMES =
      List.of("&=x", "&&&", "&=", "&==", "&=%00", "&%3D=1", "&%20=x", "&x", "&+=+");
  private static final List<String> FORM_STRUCTURES =
      List.of("", "&", "=", "a", "a=b=c", "==&&==", "%", "+", "a[]=1&a[]=2", "a[b]=c", "__proto__[x]=1",
          "client_id[]=x&client_id[]=y");
  private static final List<String> JSON_STRUCTURES =
      List.of(
          "", "{", "}", "[]", "null", "\"token\"", "{\"token\":null}", "{\"token\":[\"a\",\"b\"]}",
          "{\"token\":{\"$ne\":null}}", "{\"token\":\"a\",\"token\":\"b\"}", "[".repeat(5000) + "]".repeat(5000),
          "{\"a\":".repeat(2000) + "1" + "}".repeat(2000), "{\"token\":1e999999}", "\u00ef\u00bb\u00bf{\"token\":\"x\"}",
          "{\"token\":\"\\ud800\"}", "{\"token\":\"\\u0000\"}");
  /** Headers an endpoint reads or ignores as it is: its refusal keeps its channel's form. */
  private static final List<String> JUNK_HEADERS =
      List.of(
          "Authorization: Bearer", "Authorization: Bearer a.b.c", "Authorization: Bearer " + "A".repeat(4000),
          "Authorization: Basic %%%", "Authorization: Basic " + base64("no-colon"), "Authorization: Basic " + base64(":"),
          "Authorization: Basic " + base64(TokenIT.CLIENT_ID + ":wrong-secret"), "Authorization: Negotiate abc",
          "Cookie: fc_interaction=%ZZ; fc_session_id=" + "x".repeat(3000), "Cookie: fc_interaction=", "Cookie: ;;;==;",
          "Cookie: JSESSIONID=../../x", "Accept-Language: *;q=abc, xx-YY-ZZ-AA", "Accept-Language: " + "fr,".repeat(500),
          "Origin: null", "Origin: https://attacker.example", "Sec-Fetch-Site: cross-site",
          "X-Forwarded-For: ' OR 1=1 --", "X-Forwarded-For: 999.999.999.999, ::1, x");
  /** Headers that change what the client asks for: the container may refuse them before the endpoint. */
  private static final List<String> ODD_HEADERS =
      List.of(
          "Accept: application/json;q=abc", "Accept: */*;q=2", "Accept: image/png", "Accept-Charset: utf-7",
          "Content-Encoding: gzip", "Content-Language: \u00e9", "Range: bytes=0-0,-1", "If-None-Match: \"" + "x".repeat(100),
          "X-HTTP-Method-Override: DELETE");
  private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "FUZZ");
  /** "" is no Content-Type at all. */
  private static final List<String> CONTENT_TYPES =
      List.of(
          "", "text/plain", "application/xml", "multipart/form-data; boundary=fuzz", FORM + "; charset=ISO-8859-1",
          FORM + "; charset=bogus-charset", JSON + "; charset=utf-7", JSON, FORM, "*/*", "not-a-media-type",
          FORM + ", " + JSON, "text/html", "application/jwt");
  private static final List<String> PATH_JUNK =
      List.of(
          "/", "//", "/.", "/..", "/../../WEB-INF/web.xml", "/%2e%2e/%2e%2e/WEB-INF/web.xml", ";jsessionid=fuzz", ";a=b",
          "%00", "%2F..", "%", "%zz", "/%C0%AF", ".json", "~", "/*", "/%0D%0AX-Fuzz:%20injected", "\\..\\");
  private static final List<Integer> PATH_LENGTHS = List.of(300, 2_000, 9_000, 100_000);

  /**
   * A faithful mutation changes values only: the endpoint, its method and its media type stay, so
   * its refusal must be in its channel's form. The others may be refused by JAX-RS or the container
   * (405, 415, 404), as a JSON error or as one of fc's pages.
   */
  private static final List<Mutation> MUTATIONS =
      List.of(
          new Mutation("bit flips", true, FuzzIT::flipBits),
          new Mutation("percent garbage", true, (q, r) -> q.withPayload(insert(q.payload(), r, pick(r, PERCENT_GARBAGE)))),
          new Mutation("repeated parameter", true, FuzzIT::repeat),
          new Mutation("100 kB value", true, (q, r) -> intoValue(q, r, huge(q, r), true)),
          new Mutation("empty names", true, (q, r) -> q.withPayload(q.payload() + pick(r, EMPTY_NAMES))),
          new Mutation("control characters", true, (q, r) -> intoValue(q, r, encoded(q, pick(r, CONTROLS)), false)),
          new Mutation("bad UTF-8", true,
              (q, r) -> intoValue(q, r, r.nextBoolean() ? encoded(q, pick(r, BAD_UTF8)) : pick(r, BAD_UTF8), false)),
          new Mutation("injected value", true, (q, r) -> intoValue(q, r, encoded(q, utf8(pick(r, INJECTIONS))), true)),
          new Mutation("odd structure", true, (q, r) -> q.withPayload(pick(r, q.json() ? JSON_STRUCTURES : FORM_STRUCTURES))),
          new Mutation("junk header", true, (q, r) -> q.withHeader(pick(r, JUNK_HEADERS))),
          new Mutation("raw CR/LF/NUL", true, FuzzIT::rawControls),
          new Mutation("odd negotiation header", false, (q, r) -> q.withHeader(pick(r, ODD_HEADERS))),
          new Mutation("other method", false, (q, r) -> q.withMethod(pick(r, METHODS))),
          new Mutation("wrong content type", false, (q, r) -> q.withType(pick(r, CONTENT_TYPES))),
          new Mutation("JSON for a form and back", false, FuzzIT::swapFormat),
          new Mutation("odd path", false, (q, r) -> q.withPath(q.path() + pick(r, PATH_JUNK))),
          new Mutation("long path", false, (q, r) -> q.withPath(q.path() + "/" + "a".repeat(pick(r, PATH_LENGTHS)))));

  private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
  private final Map<String, Map<Integer, Integer>> statuses = new ConcurrentHashMap<>();
  private final AtomicInteger unsent = new AtomicInteger();

  @Test
  void hostileInputIsRefusedInTheContractsFormAndChangesNothing(FcPlatform fc) throws Exception {
    long seed = Long.getLong("fc.it.fuzzSeed", DEFAULT_SEED);
    int budget = Integer.getInteger("fc.it.fuzzBudget", DEFAULT_BUDGET);
    System.out.println("FuzzIT: seed " + seed + " (-Dfc.it.fuzzSeed=" + seed + " sends the same cases), " + budget + " cases");
    List<Target> targets = targets(fc);
    Map<String, String> before = storedData(fc);

    long start = System.nanoTime();
    long deadline = start + SENDING_TIME.toNanos();
    Random seeds = new Random(seed);
    List<Callable<String>> cases = new ArrayList<>();
    for (int i = 0; i < budget; i++) {
      int number = i;
      long caseSeed = seeds.nextLong();
      cases.add(() -> fuzz(fc.url("/"), targets, number, caseSeed, deadline));
    }
    List<String> failures = new ArrayList<>();
    ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
    try {
      for (Future<String> outcome : senders.invokeAll(cases)) {
        if (outcome.get() != null) {
          failures.add(outcome.get());
        }
      }
    } finally {
      senders.shutdownNow();
      watchdog.shutdownNow();
    }
    Map<String, String> after = storedData(fc);

    System.out.printf("FuzzIT: %d cases sent in %d s (%d left unsent past %d s), %d out of contract; statuses by target:%n",
        budget - unsent.get(), Duration.ofNanos(System.nanoTime() - start).toSeconds(), unsent.get(),
        SENDING_TIME.toSeconds(), failures.size());
    targets.forEach(target -> System.out.println("  " + target.name() + ": " + statuses.getOrDefault(target.name(), Map.of())));
    failures.stream().limit(100).forEach(System.out::println);
    assertTrue(failures.isEmpty(), "seed " + seed + ": " + failures.size() + " answers out of contract, the first ones:\n"
        + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    assertEquals(before, after, "stored data changed under hostile input (seed " + seed + ")");
  }

  /** Sends one case; what is wrong with its answer, or null. */
  private String fuzz(URI server, List<Target> targets, int number, long caseSeed, long deadline) {
    if (System.nanoTime() - deadline > 0) {
      unsent.incrementAndGet();
      return null;
    }
    Random random = new Random(caseSeed);
    Target target = targets.get(random.nextInt(targets.size()));
    String label = "case " + number + ", " + target.name();
    List<String> applied = new ArrayList<>();
    boolean faithful = true;
    Request request;
    try {
      request = target.base().next();
      for (int n = 1 + random.nextInt(2); n > 0; n--) {
        Mutation mutation = MUTATIONS.get(random.nextInt(MUTATIONS.size()));
        request = mutation.apply().apply(request, random);
        applied.add(mutation.name());
        faithful &= mutation.faithful();
      }
    } catch (Exception e) {
      return label + " " + applied + ": the case could not be made: " + e;
    }
    Answer answer = send(server, request);
    statuses.computeIfAbsent(target.name(), name -> new ConcurrentSkipListMap<Integer, Integer>())
        .merge(answer.status(), 1, Integer::sum);
    String problem = problem(target.kind(), request, faithful, answer);
    if (problem == null) {
      return null;
    }
    String shown = answer.body().isEmpty() ? answer.head() : answer.body();
    return label + " " + applied + ": " + problem
        + "\n    sent " + printable(request.method() + " " + request.target(), 200)
        + (request.body().isEmpty() ? "" : "\n    body " + printable(request.body(), 200))
        + "\n    got  " + answer.status() + " " + answer.header("Content-Type") + " " + printable(shown, 300);
  }

  /** What is wrong with the answer to the request, or null. */
  private static String problem(Kind kind, Request sent, boolean faithful, Answer answer) {
    if (answer.failure() != null) {
      return answer.failure();
    }
    int status = answer.status();
    boolean notImplemented = status == 501 && !KNOWN_METHODS.contains(sent.method());
    if (status == 0) {
      return "no HTTP status line";
    }
    if (listenerRefusal(sent, answer)) {
      return null;
    }
    if (status >= 500 && !notImplemented) {
      return "a server error";
    }
    Matcher internals = INTERNALS.matcher(answer.head() + "\n" + answer.body());
    if (internals.find()) {
      return "the answer shows internals ('" + internals.group() + "')";
    }
    if (INJECTED.matcher(answer.head()).find()) {
      return "a header of the answer was injected from the request";
    }
    if (kind == Kind.ADMIN && status / 100 != 4 && !notImplemented && !sent.method().equals("OPTIONS")) {
      return "the admin API answered a request without an operator's token";
    }
    if (status / 100 != 4 || belowFc(sent)) {
      return null;
    }
    if (!faithful) {
      return jsonError(answer) || page(answer) || (kind == Kind.CHECKTOKEN_V1 && v1Failure(answer))
          ? null
          : "a refusal neither a JSON error nor an HTML page";
    }
    return switch (kind) {
      case JSON -> jsonError(answer) ? null : "a refusal that is not the contract's JSON error";
      // A form JAX-RS cannot read is refused before the endpoint, in UnmatchedRequestMapper's JSON.
      case PAGE -> page(answer) || jsonError(answer) ? null : "a refusal neither an HTML page nor a JSON error";
      case CHECKTOKEN_V1 ->
          jsonError(answer) || v1Failure(answer) ? null : "a refusal neither {\"status\":\"fail\"} nor a JSON error";
      case ADMIN -> status == 401 && jsonError(answer) ? null : "not the 401 JSON error of a call without a token";
    };
  }

  /**
   * A bare answer of the HTTP listener itself (no body, the connection closed) to a request it does
   * not take as HTTP, which fc never sees: 400; 403 to a method no endpoint has (the container denies
   * uncovered methods); 405 to TRACE, which the listener disables; 505 to a
   * request line broken by raw bytes, which then names no HTTP version; and the bare 200 Payara's
   * container gives a path it cannot percent-decode (SECURITY.md).
   */
  private static boolean listenerRefusal(Request sent, Answer answer) {
    if (!answer.body().isEmpty() || !"close".equalsIgnoreCase(answer.header("Connection"))) {
      return false;
    }
    boolean brokenLine = sent.target().chars().anyMatch(c -> c < 0x21 || c > 0x7e);
    return switch (answer.status()) {
      case 400 -> true;
      case 403 -> !Set.of("GET", "HEAD", "POST").contains(sent.method());
      case 405 -> sent.method().equals("TRACE");
      case 505 -> brokenLine;
      case 200 -> CONTAINER_PATH.matcher(sent.path()).find();
      default -> false;
    };
  }

  /**
   * Whether the request is malformed below fc: bytes no request line or header may hold, a head past
   * the listener's buffer, a path the container decodes and normalizes. The listener or the
   * container answers it, perhaps with a bare status: only its status and its words are checked.
   */
  private static boolean belowFc(Request request) {
    return request.target().chars().anyMatch(c -> c < 0x21 || c > 0x7e)
        || request.headers().stream().anyMatch(FuzzIT::malformedHeader)
        || (request.contentType() != null && malformedHeader(request.contentType()))
        || CONTAINER_PATH.matcher(request.path()).find()
        || request.head(URI.create("http://localhost:65535/"), request.body().length()).length() > HEAD_LIMIT;
  }

  private static boolean malformedHeader(String line) {
    return line.chars().anyMatch(c -> (c < 0x20 && c != '\t') || c > 0x7e);
  }

  private static boolean jsonError(Answer answer) {
    Map<String, Object> body = jsonObject(answer);
    return body != null && body.get("error") instanceof String && body.get("error_description") instanceof String;
  }

  /** The v1 checktoken's own error shape (CheckTokenV1Endpoint). */
  private static boolean v1Failure(Answer answer) {
    Map<String, Object> body = jsonObject(answer);
    return body != null && "fail".equals(body.get("status")) && body.get("message") instanceof String;
  }

  private static Map<String, Object> jsonObject(Answer answer) {
    if (!answer.header("Content-Type").startsWith("application/json")) {
      return null;
    }
    try {
      return Http.json(answer.body());
    } catch (Exception notAnObject) {
      return null;
    }
  }

  private static boolean page(Answer answer) {
    return answer.header("Content-Type").startsWith("text/html") && answer.body().toLowerCase(Locale.ROOT).contains("<html");
  }

  /** Every endpoint and form, each with a valid request made by a login taken to that step. */
  private static List<Target> targets(FcPlatform fc) throws Exception {
    String authorize = AuthorizeIT.form(AuthorizeIT.request(fc));
    String sp = "client_id=" + TokenIT.CLIENT_ID + "&client_secret=" + encode(TokenIT.SECRET);
    String dp = "client_id=" + fc.dataProviders().ec.clientId() + "&client_secret=" + encode(TestDataProviders.SECRET);
    String redirect = "&redirect_uri=" + encode(AuthorizeIT.redirectUri(fc));

    // One browser for each step, as a valid request to one step may end another's.
    Visitor choosing = new Visitor();
    HttpResponse<String> choice = choosing.choicePage(fc);
    Map<String, String> tile = Browser.hiddenFields(choice.body());
    tile.put("idp", "impots");
    Visitor cancelling = new Visitor();
    String cancelled = Browser.hiddenFields(cancelling.choicePage(fc).body()).get("uid");
    Visitor calledBack = new Visitor();
    URI callback = Browser.location(calledBack.idpAnswer(fc));
    Visitor informed = new Visitor();
    HttpResponse<String> information = informed.informationPage(fc);
    String informationForm = AuthorizeIT.form(Browser.hiddenFields(information.body()));
    String code = new Visitor().code(fc);
    HttpResponse<String> redeemed = TokenIT.redeem(fc, new Visitor().code(fc), TokenIT.CLIENT_ID, TokenIT.SECRET);
    assertEquals(200, redeemed.statusCode(), "setup: " + redeemed.body());
    String accessToken = (String) Http.json(redeemed.body()).get("access_token");
    String logout = "id_token_hint=" + Http.json(redeemed.body()).get("id_token") + "&state=fuzz-state"
        + "&post_logout_redirect_uri=" + encode(fc.sandbox().url() + "/sp/logout-callback");
    URI cookiePath = fc.url("/api/v2/");

    return List.of(
        page("authorize", get("/api/v2/authorize", authorize)),
        page("authorize by POST", post("/api/v2/authorize", FORM, authorize)),
        page("v1 authorize", get("/api/v1/authorize", authorize)),
        page("FranceConnect+ authorize", get("/plus/api/v2/authorize", authorize)),
        page("IdP choice", get(choice.uri().getRawPath(), "idp_failed=impots", choosing.cookie(cookiePath))),
        page("redirect-to-idp", post("/api/v2/redirect-to-idp", FORM, AuthorizeIT.form(tile), choosing.cookie(cookiePath))),
        page("redirect-to-sp-with-error",
            get("/api/v2/redirect-to-sp-with-error", "uid=" + cancelled, cancelling.cookie(cookiePath))),
        page("oidc-callback", get(callback.getRawPath(), callback.getRawQuery(), calledBack.cookie(cookiePath))),
        page("information page", get(information.uri().getRawPath(), null, informed.cookie(cookiePath))),
        page("information form", post("/api/v2/login", FORM, informationForm, informed.cookie(cookiePath))),
        page("change-account", post("/api/v2/change-account", FORM, informationForm, informed.cookie(cookiePath))),
        page("session/end", get("/api/v2/session/end", logout)),
        page("v1 logout", get("/api/v1/logout", logout)),
        page("IdP logout callback", get("/api/v2/client/logout-callback", "state=fuzz-state")),
        page("root", get("/", "from=fuzz")),
        page("home", get("/api/accueil", "from=fuzz")),
        page("help", get("/api/aide", "from=fuzz")),
        page("space welcome", get("/espace/connexion.xhtml", "from=fuzz")),
        page("space login", get("/espace/connexion", null)),
        page("space callback", get("/espace/callback", "code=fuzz-code&state=fuzz-state&iss=" + encode(fc.issuer()))),
        page("space logout", post("/espace/deconnexion", FORM, "csrf=fuzz")),
        page("space download", get("/espace/export.json", null)),
        page("space preferences form",
            post("/espace/preferences.xhtml", FORM,
                "preferences=preferences&shown=impots&save-preferences=x&jakarta.faces.ViewState=x")),
        page("auditors' login page", get("/audit/login.xhtml", "error=true")),
        new Target("auditors' login form", Kind.PAGE, () -> auditorsLogin(fc)),
        json("token", post("/api/v2/token", FORM, "grant_type=authorization_code&code=" + code + redirect + "&" + sp)),
        json("v1 token", post("/api/v1/token", FORM, "grant_type=authorization_code&code=fuzz-code" + redirect + "&" + sp)),
        json("FranceConnect+ token",
            post("/plus/api/v2/token", FORM, "grant_type=authorization_code&code=fuzz-code" + redirect + "&" + sp)),
        json("userinfo", get("/api/v2/userinfo", null, "Authorization: Bearer " + accessToken)),
        json("userinfo by POST", post("/api/v2/userinfo", FORM, "access_token=" + accessToken)),
        json("v1 userinfo", get("/api/v1/userinfo", null, "Authorization: Bearer " + accessToken)),
        json("revocation", post("/api/v2/token/revocation", FORM, "token=fuzz-token&token_type_hint=access_token&" + sp)),
        json("checktoken", post("/api/v2/checktoken", FORM, "token=" + accessToken + "&" + dp)),
        new Target("v1 checktoken", Kind.CHECKTOKEN_V1,
            constant(post("/api/v1/checktoken", JSON, "{\"token\":\"" + accessToken + "\"}"))),
        json("discovery", get("/api/v2/.well-known/openid-configuration", "from=fuzz")),
        json("JWKS", get("/api/v2/jwks", "from=fuzz")),
        json("keys for IdPs", get("/api/v2/client/.well-known/keys", "from=fuzz")),
        json("IdP logo", get("/api/v2/idp-logos/impots", null)),
        admin("admin registry", get("/api/admin/registry", null)),
        admin("admin registry import", post("/api/admin/registry", JSON, "{\"serviceProviders\":[{\"clientId\":\"fuzz\"}]}")),
        admin("admin partners", get("/api/admin/service-providers", null)),
        admin("admin partner change",
            request("PUT", "/api/admin/service-providers/" + TokenIT.CLIENT_ID, null, JSON, "{\"title\":\"fuzz\"}")),
        admin("admin partner removal", request("DELETE", "/api/admin/identity-providers/impots", null, null, "")),
        admin("admin secret rotation",
            post("/api/admin/data-providers/" + fc.dataProviders().ec.clientId() + "/secret", JSON, "{}")),
        admin("admin key rotation", request("POST", "/api/admin/keys/rotate", null, null, "")),
        admin("admin audit search", get("/api/admin/audit/events", "from=2020-01-01T00:00:00Z&sub=fuzz")),
        admin("admin history purge",
            request("POST", "/api/admin/citizens/history/purge", "before=2020-01-01T00:00:00Z", null, "")));
  }

  /** The auditors' login form, with a view state of its own (Faces keeps a few per session), for a name no test uses. */
  private static Request auditorsLogin(FcPlatform fc) throws Exception {
    Visitor auditor = new Visitor();
    URI login = fc.url("/audit/login.xhtml");
    Matcher viewState = VIEW_STATE.matcher(auditor.get(login).body());
    String form = "login=login&username=fuzz-auditor&password=not-the-password&submit=x&jakarta.faces.ViewState="
        + encode(viewState.find() ? viewState.group(1) : "none");
    return post(login.getRawPath(), FORM, form, BROWSER_ACCEPT, auditor.cookie(login));
  }

  /** Rows and content of the stored tables, and the key files' digests. */
  private static Map<String, String> storedData(FcPlatform fc) throws Exception {
    Map<String, String> stored = new TreeMap<>();
    try (Connection database = fc.database();
        Statement statement = database.createStatement()) {
      for (String table : STORED_TABLES) {
        try (ResultSet rows =
            statement.executeQuery(
                "SELECT count(*), coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM " + table + " t"
                    + (table.startsWith("service_provider") ? " WHERE " + NOT_THE_SPACE.get(table) : ""))) {
          rows.next();
          stored.put(table, rows.getLong(1) + " rows, md5 " + rows.getString(2));
        }
      }
    }
    for (String name : KEY_FILES) {
      Path file = fc.configDirectory().resolve(name);
      stored.put(name, Files.exists(file)
          ? HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)))
          : "absent");
    }
    return stored;
  }

  // The mutations. A payload is where the endpoint reads its parameters: the body, or the query.

  private static Request flipBits(Request request, Random random) {
    char[] bytes = (request.payload().isEmpty() ? "x" : request.payload()).toCharArray();
    for (int n = 1 + random.nextInt(4); n > 0; n--) {
      int at = random.nextInt(bytes.length);
      bytes[at] = (char) ((bytes[at] ^ (1 << random.nextInt(8))) & 0xff);
    }
    return request.withPayload(new String(bytes));
  }

  /** A parameter (or a JSON member) given twice, with the same value or another. */
  private static Request repeat(Request request, Random random) {
    String payload = request.payload();
    if (request.json()) {
      Matcher member = MEMBER.matcher(payload);
      return member.find()
          ? request.withPayload(payload.substring(0, member.start()) + "\"" + member.group(1) + "\":\"other\","
              + payload.substring(member.start()))
          : request.withPayload(payload + payload);
    }
    String[] pairs = payload.split("&", -1);
    String pair = pairs[random.nextInt(pairs.length)];
    String again = random.nextBoolean() || pair.indexOf('=') < 0 ? pair : pair.substring(0, pair.indexOf('=')) + "=other";
    return request.withPayload(payload.isEmpty() ? again : payload + "&" + again);
  }

  /** The fragment in place of, or after, the value of a random parameter (the first string of a JSON body). */
  private static Request intoValue(Request request, Random random, String fragment, boolean replace) {
    String payload = request.payload();
    if (request.json()) {
      Matcher member = MEMBER.matcher(payload);
      if (!member.find()) {
        return request.withPayload(payload + fragment);
      }
      String value = replace ? fragment : member.group(2) + fragment;
      return request.withPayload(payload.substring(0, member.start(2)) + value + payload.substring(member.end(2)));
    }
    List<String> pairs = new ArrayList<>(Arrays.asList(payload.split("&", -1)));
    int at = random.nextInt(pairs.size());
    String pair = pairs.get(at);
    int equals = pair.indexOf('=');
    String name = equals < 0 ? pair : pair.substring(0, equals);
    String value = equals < 0 ? "" : pair.substring(equals + 1);
    pairs.set(at, name + "=" + (replace ? fragment : value + fragment));
    return request.withPayload(String.join("&", pairs));
  }

  private static String huge(Request request, Random random) {
    if (request.json()) {
      return "a".repeat(100_000);
    }
    return switch (random.nextInt(3)) {
      case 0 -> "a".repeat(100_000);
      case 1 -> "%41".repeat(33_334);
      default -> "%C3%A9".repeat(16_667);
    };
  }

  /** A raw control in the query or a header (malformed HTTP), or in the body (a value fc reads). */
  private static Request rawControls(Request request, Random random) {
    String raw = pick(random, RAW_CONTROLS);
    return switch (random.nextInt(3)) {
      case 0 -> request.withQuery(insert(request.query() == null ? "" : request.query(), random, raw));
      case 1 -> request.withHeader("User-Agent: fc-fuzz" + raw + "test");
      default -> request.withBody(insert(request.body(), random, raw));
    };
  }

  /** A JSON body's strings as a form, or a query's or form's parameters as a JSON body (a GET becomes a POST). */
  private static Request swapFormat(Request request, Random random) {
    if (request.json()) {
      List<String> pairs = new ArrayList<>();
      for (Matcher member = MEMBER.matcher(request.body()); member.find(); ) {
        pairs.add(member.group(1) + "=" + percent(member.group(2)));
      }
      return request.withType(FORM).withBody(String.join("&", pairs));
    }
    String json =
        Arrays.stream(request.payload().split("&"))
            .filter(pair -> !pair.isEmpty())
            .map(pair -> pair.split("=", 2))
            .map(pair -> "\"" + jsonText(pair[0]) + "\":\"" + jsonText(pair.length > 1 ? pair[1] : "") + "\"")
            .collect(Collectors.joining(",", "{", "}"));
    Request moved = request.contentType() == null ? request.withQuery(null) : request;
    return moved.withMethod(request.method().equals("GET") ? "POST" : request.method()).withType(JSON).withBody(json);
  }

  // Sending, raw: Java's HTTP client refuses most of these requests.

  private Answer send(URI server, Request request) {
    byte[] body = request.body().getBytes(StandardCharsets.ISO_8859_1);
    byte[] head = request.head(server, body.length).getBytes(StandardCharsets.ISO_8859_1);
    AtomicBoolean late = new AtomicBoolean();
    try (Socket socket = new Socket()) {
      // Whatever the server does (reads nothing, answers slowly, never closes), the case ends here.
      ScheduledFuture<?> guard = watchdog.schedule(() -> {
        late.set(true);
        closeQuietly(socket);
      }, TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      try {
        socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), (int) TIMEOUT.toMillis());
        socket.setSoTimeout((int) TIMEOUT.toMillis());
        try {
          OutputStream out = socket.getOutputStream();
          out.write(head);
          out.write(body);
          out.flush();
        } catch (IOException cutShort) {
          // The server may refuse an oversized request before reading all of it, and close: its answer is to be read.
        }
        Answer answer = read(socket.getInputStream());
        return late.get() ? Answer.none("no complete answer within " + TIMEOUT.toSeconds() + " s") : answer;
      } finally {
        guard.cancel(false);
      }
    } catch (IOException e) {
      return Answer.none(late.get() ? "no answer within " + TIMEOUT.toSeconds() + " s" : "no answer: " + e.getMessage());
    }
  }

  private static Answer read(InputStream in) throws IOException {
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    byte[] buffer = new byte[16_384];
    try {
      for (int read; (read = in.read(buffer)) != -1; ) {
        received.write(buffer, 0, read);
      }
    } catch (SocketException reset) {
      // A reset once the answer came, when the server did not read all of the request: the answer stands.
      if (received.size() == 0) {
        throw reset;
      }
    }
    return Answer.of(received.toByteArray());
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }

  // Small helpers.

  private static Request request(String method, String path, String query, String type, String body, String... headers) {
    List<String> lines = new ArrayList<>(List.of("User-Agent: fc-fuzz"));
    for (String header : headers) {
      if (header != null) {
        lines.add(header);
      }
    }
    return new Request(method, path, query, type, List.copyOf(lines), body);
  }

  private static Request get(String path, String query, String... headers) {
    return request("GET", path, query, null, "", headers);
  }

  private static Request post(String path, String type, String body, String... headers) {
    return request("POST", path, null, type, body, headers);
  }

  private static Target page(String name, Request base) {
    return new Target(name, Kind.PAGE, constant(base.withHeader(BROWSER_ACCEPT)));
  }

  private static Target json(String name, Request base) {
    return new Target(name, Kind.JSON, constant(base));
  }

  private static Target admin(String name, Request base) {
    return new Target(name, Kind.ADMIN, constant(base));
  }

  private static Base constant(Request base) {
    return () -> base;
  }

  private static <T> T pick(Random random, List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  private static String insert(String text, Random random, String fragment) {
    int at = random.nextInt(text.length() + 1);
    return text.substring(0, at) + fragment + text.substring(at);
  }

  /** The bytes percent-encoded in a form or a query, as they are in a JSON body. */
  private static String encoded(Request request, String bytes) {
    return request.json() ? bytes : percent(bytes);
  }

  private static String percent(String bytes) {
    StringBuilder encoded = new StringBuilder();
    for (char c : bytes.toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
        encoded.append(c);
      } else {
        encoded.append('%').append(String.format("%02X", c & 0xff));
      }
    }
    return encoded.toString();
  }

  /** The UTF-8 bytes of the text, as a byte string. */
  private static String utf8(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String jsonText(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static String printable(String text, int max) {
    StringBuilder shown = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (shown.length() >= max) {
        return shown.append("...").toString();
      }
      if (c >= 0x20 && c < 0x7f) {
        shown.append(c);
      } else {
        shown.append(String.format(c <= 0xff ? "\\x%02X" : "\\u%04X", (int) c));
      }
    }
    return shown.toString();
  }

  /** How an endpoint refuses: the contract's JSON error, fc's HTML page, v1 checktoken's shape, the admin API's 401. */
  private enum Kind { JSON, PAGE, CHECKTOKEN_V1, ADMIN }

  /** An endpoint or a form, and a valid request to it (made anew for each case when it is a Faces form). */
  private record Target(String name, Kind kind, Base base) {}

  @FunctionalInterface
  private interface Base {
    Request next() throws Exception;
  }

  private record Mutation(String name, boolean faithful, BiFunction<Request, Random, Request> apply) {}

  /** A request as bytes: each char of its strings is one byte (ISO-8859-1), so that any byte can be sent. */
  private record Request(String method, String path, String query, String contentType, List<String> headers, String body) {

    String target() {
      return query == null ? path : path + "?" + query;
    }

    boolean json() {
      return contentType != null && contentType.contains("json");
    }

    /** Where the endpoint reads its parameters: the body when it has a type, the query otherwise. */
    String payload() {
      return contentType != null ? body : query == null ? "" : query;
    }

    Request withPayload(String payload) {
      return contentType != null ? withBody(payload) : withQuery(payload);
    }

    Request withMethod(String newMethod) {
      return new Request(newMethod, path, query, contentType, headers, body);
    }

    Request withPath(String newPath) {
      return new Request(method, newPath, query, contentType, headers, body);
    }

    Request withQuery(String newQuery) {
      return new Request(method, path, newQuery, contentType, headers, body);
    }

    Request withType(String type) {
      return new Request(method, path, query, type == null || type.isEmpty() ? null : type, headers, body);
    }

    Request withBody(String newBody) {
      return new Request(method, path, query, contentType, headers, newBody);
    }

    /** With this header line in place of those of the same name. */
    Request withHeader(String line) {
      String name = line.substring(0, line.indexOf(':') + 1).toLowerCase(Locale.ROOT);
      List<String> kept = new ArrayList<>();
      for (String header : headers) {
        if (!header.toLowerCase(Locale.ROOT).startsWith(name)) {
          kept.add(header);
        }
      }
      kept.add(line);
      return new Request(method, path, query, contentType, List.copyOf(kept), body);
    }

    String head(URI server, int length) {
      StringBuilder head = new StringBuilder(method).append(' ').append(target()).append(" HTTP/1.1\r\n");
      head.append("Host: ").append(server.getHost()).append(':').append(server.getPort()).append("\r\n");
      if (contentType != null) {
        head.append("Content-Type: ").append(contentType).append("\r\n");
      }
      headers.forEach(line -> head.append(line).append("\r\n"));
      if (length > 0 || BODY_METHODS.contains(method)) {
        head.append("Content-Length: ").append(length).append("\r\n");
      }
      return head.append("Connection: close\r\n\r\n").toString();
    }
  }

  /** The server's answer: its status, its head and its body (de-chunked); or why there was none. */
  private record Answer(int status, String head, String body, String failure) {

    static Answer none(String why) {
      return new Answer(0, "", "", why);
    }

    static Answer of(byte[] bytes) {
      String text = new String(bytes, StandardCharsets.ISO_8859_1);
      int end = text.indexOf("\r\n\r\n");
      String head = end < 0 ? text : text.substring(0, end);
      byte[] body = end < 0 ? new byte[0] : Arrays.copyOfRange(bytes, end + 4, bytes.length);
      String[] statusLine = head.split("\r\n", 2)[0].split(" ", 3);
      int status = 0;
      if (statusLine.length > 1 && statusLine[0].startsWith("HTTP/")) {
        try {
          status = Integer.parseInt(statusLine[1]);
        } catch (NumberFormatException notAStatus) {
          status = 0;
        }
      }
      Answer headOnly = new Answer(status, head, "", null);
      if (headOnly.header("Transfer-Encoding").toLowerCase(Locale.ROOT).contains("chunked")) {
        body = dechunked(body);
      }
      return new Answer(status, head, new String(body, StandardCharsets.UTF_8), null);
    }

    String header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
          return line.substring(colon + 1).trim();
        }
      }
      return "";
    }

    private static byte[] dechunked(byte[] chunked) {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      int at = 0;
      while (at < chunked.length) {
        int lineEnd = at;
        while (lineEnd + 1 < chunked.length && !(chunked[lineEnd] == '\r' && chunked[lineEnd + 1] == '\n')) {
          lineEnd++;
        }
        if (lineEnd + 1 >= chunked.length) {
          break;
        }
        int size;
        try {
          String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1);
          size = Integer.parseInt(sizeLine.split(";", 2)[0].trim(), 16);
        } catch (NumberFormatException malformed) {
          break;
        }
        int start = lineEnd + 2;
        if (size <= 0 || start >= chunked.length) {
          break;
        }
        body.write(chunked, start, Math.min(size, chunked.length - start));
        at = start + size + 2;
      }
      return body.toByteArray();
    }
  }

  /** A browser for the setup, as {@link Browser}, with its cookies at hand for the raw requests. */
  private static final class Visitor {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    HttpResponse<String> get(URI url) throws Exception {
      return client.send(HttpRequest.newBuilder(url).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(URI url, Map<String, String> form) throws Exception {
      HttpRequest request =
          HttpRequest.newBuilder(url)
              .timeout(TIMEOUT)
              .header("Content-Type", FORM)
              .POST(HttpRequest.BodyPublishers.ofString(AuthorizeIT.form(form)))
              .build();
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> follow(HttpResponse<String> redirect) throws Exception {
      return get(Browser.location(redirect));
    }

    /** The Cookie header this browser sends to the URL's host; null when it has none. */
    String cookie(URI url) {
      String cookie =
          cookies.getCookieStore().get(url).stream()
              .map(each -> each.getName() + "=" + each.getValue())
              .collect(Collectors.joining("; "));
      return cookie.isEmpty() ? null : "Cookie: " + cookie;
    }

    /** From the demo SP's authorization request to fc's choice of IdP. */
    HttpResponse<String> choicePage(FcPlatform fc) throws Exception {
      return follow(get(AuthorizeIT.url(fc, AuthorizeIT.request(fc))));
    }

    /** On to the demo IdP's answer: a redirect to fc's callback, not followed. */
    HttpResponse<String> idpAnswer(FcPlatform fc) throws Exception {
      Map<String, String> tile = Browser.hiddenFields(choicePage(fc).body());
      tile.put("idp", "impots");
      HttpResponse<String> loginPage = follow(post(fc.url("/api/v2/redirect-to-idp"), tile));
      Map<String, String> form = Browser.hiddenFields(loginPage.body());
      form.put("login", "test");
      form.put("password", "123");
      return post(loginPage.uri().resolve("login"), form);
    }

    /** On to fc's information page, the login's last step. */
    HttpResponse<String> informationPage(FcPlatform fc) throws Exception {
      return follow(follow(idpAnswer(fc)));
    }

    /** A whole login: the code fc sends the SP back with. */
    String code(FcPlatform fc) throws Exception {
      URI back = Browser.location(post(fc.url("/api/v2/login"), Browser.hiddenFields(informationPage(fc).body())));
      return AuthorizeIT.query(back).get("code");
    }
  }
}
