package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.audit.AuditChain.StoredRow;
import fr.fc.audit.AuditEvent;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Floods, as an attacker or a runaway client would send them, against fc's limits (fc.limits.*:
 * the defaults, but the second node's checktoken limits, a tenth of them, FcPlatform): past its
 * rate, an address or a client gets 429 in the contract's format, with Retry-After, and the trail
 * records the flood in a few events, not one per request; everyone else is served. Sent to the
 * second node, which sits behind a balancer on loopback, so that each request can come from its
 * own address (X-Forwarded-For).
 */
@ExtendWith(SystemTest.class)
class RateLimitIT {

  private static final int THREADS = 8;
  private static final int MOST_REQUESTS = 6_000;

  @Test
  void anAddressPastItsLoginRateGetsAPageSaying429AndOthersStillLogIn(FcPlatform fc) throws Exception {
    URI node = fc.secondNode().url("");
    String flooder = "198.51.100." + (1 + (int) (Math.random() * 250));
    Flood flood = flood(number -> choice(node, flooder));

    HttpResponse<String> limited = flood.firstLimited();
    assertTrue(flood.servedBefore() >= 200, "two seconds of the rate pass first: " + flood);
    assertTrue(limited.body().contains("Y000006"), limited.body());
    assertTrue(limited.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), limited.headers().toString());
    assertTrue(Integer.parseInt(limited.headers().firstValue("Retry-After").orElseThrow()) >= 1);
    assertNotEquals(429, send(choice(node, "203.0.113.9")).statusCode(), "another address is served");

    List<StoredRow> events = limitedEvents(fc, row -> flooder.equals(row.record().clientAddress()));
    assertEquals("Y000006", events.get(0).record().errorCode());
    assertTrue(events.get(0).record().detail().contains("\"limit\":\"fc.limits.logins-per-address\""), events.get(0).record().detail());
    assertTrue(events.size() <= 3, "a few events for " + flood.limited() + " refusals, not one each: " + events.size());
  }

  @Test
  void anSpPastItsTokenRateGets429WhileOtherSpsAreServed(FcPlatform fc) throws Exception {
    URI node = fc.secondNode().url("");
    Sp flooder = registeredSp(fc);
    Flood flood = flood(number -> token(node, flooder.clientId(), flooder.secret(), "198.51.100.200"));

    HttpResponse<String> limited = flood.firstLimited();
    Map<String, Object> error = Http.json(limited.body());
    assertEquals("temporarily_unavailable", error.get("error"), limited.body());
    assertTrue(((String) error.get("error_description")).startsWith("too many requests from this client"), limited.body());
    assertTrue(((String) error.get("error_uri")).contains("code=Y000007"), limited.body());
    assertTrue(limited.headers().firstValue("Retry-After").isPresent(), limited.headers().toString());
    assertEquals(Map.of(400, flood.servedBefore()), flood.statusesBefore(), "invalid_grant until the limit");

    HttpResponse<String> other = send(token(node, TokenIT.CLIENT_ID, TokenIT.SECRET, "198.51.100.203"));
    assertEquals(400, other.statusCode(), "another SP is served: " + other.body());
    List<StoredRow> events = limitedEvents(fc, row -> flooder.clientId().equals(row.record().spClientId()));
    assertTrue(events.get(0).record().detail().contains("\"limit\":\"fc.limits.token-per-client\""), events.get(0).record().detail());
  }

  @Test
  void requestsWhoseClientAuthenticationFailsDoNotSpendTheRateOfTheSpTheyName(FcPlatform fc) throws Exception {
    URI node = fc.secondNode().url("");
    Sp victim = registeredSp(fc);
    List<Integer> statuses = fromManyAddresses(address -> token(node, victim.clientId(), "not-the-secret", address));
    assertEquals(Map.of(401L, 600L), statuses.stream().collect(Collectors.groupingBy(s -> (long) s, Collectors.counting())));
    assertEquals(400, send(token(node, victim.clientId(), victim.secret(), "192.0.2.251")).statusCode(), "the SP itself is served");
  }

  @Test
  void requestsRefusedBeforeAuthenticationDoNotSpendTheRateOfTheSpTheyName(FcPlatform fc) throws Exception {
    URI node = fc.secondNode().url("");
    Sp victim = registeredSp(fc);
    List<Integer> statuses = fromManyAddresses(address -> repeatedGrantType(node, victim.clientId(), address));
    assertTrue(statuses.stream().noneMatch(status -> status == 429), "refused before authentication, never limited: " + statuses);
    assertEquals(400, send(token(node, victim.clientId(), victim.secret(), "192.0.2.253")).statusCode(), "the SP itself is served");
  }

  @Test
  void anAddressPastItsTokenRateGets429ForEveryClient(FcPlatform fc) throws Exception {
    URI node = fc.secondNode().url("");
    Flood flood = flood(number -> token(node, "it-unknown-sp-" + number, "whatever", "198.51.100.201"));

    HttpResponse<String> limited = flood.firstLimited();
    assertTrue(limited.body().contains("too many requests from this address"), limited.body());
    assertTrue(flood.servedBefore() >= 400, "two seconds of the rate pass first: " + flood);
    assertEquals(401, send(token(node, "it-unknown-sp", "whatever", "198.51.100.202")).statusCode(), "another address is served");
  }

  @Test
  void aDataProviderPastItsChecktokenRateGets429WhileAnotherIsServed(FcPlatform fc) throws Exception {
    URI node = fc.secondNode().url("");
    String flooder = fc.dataProviders().ec.clientId();
    Flood flood = flood(number -> checkToken(node, flooder, "198.51.100.210"));

    HttpResponse<String> limited = flood.firstLimited();
    assertTooManyRequests(limited, "too many requests from this client");
    assertEquals(Map.of(200, flood.servedBefore()), flood.statusesBefore(), "inactive tokens until the limit");
    assertTrue(flood.servedBefore() >= 40, "two seconds of the node's rate (20/s) pass first: " + flood);
    HttpResponse<String> other = send(checkToken(node, fc.dataProviders().rsa.clientId(), "198.51.100.211"));
    assertEquals(200, other.statusCode(), "another data provider is served: " + other.body());

    List<StoredRow> events = limitedEvents(fc, row -> "198.51.100.210".equals(row.record().clientAddress()));
    assertEquals("Y000007", events.get(0).record().errorCode());
    assertTrue(events.get(0).record().detail().contains("\"limit\":\"fc.limits.checktoken-per-client\""), events.get(0).record().detail());
  }

  @Test
  void anAddressPastItsChecktokenRateGets429ThoughV1ProvidersDoNotAuthenticate(FcPlatform fc) throws Exception {
    URI node = fc.secondNode().url("");
    Flood flood = flood(number -> checkTokenV1(node, "198.51.100.212"));

    // In v1's own shape, as v1's other errors (CheckTokenIT.v1ErrorsHaveTheV1Shape).
    HttpResponse<String> limited = flood.firstLimited();
    Map<String, Object> error = Http.json(limited.body());
    assertEquals("fail", error.get("status"), limited.body());
    assertTrue(((String) error.get("message")).startsWith("too many requests from this address"), limited.body());
    assertTrue(Integer.parseInt(limited.headers().firstValue("Retry-After").orElseThrow()) >= 1, limited.headers().toString());
    assertEquals("no-store", limited.headers().firstValue("Cache-Control").orElse(""), limited.headers().toString());
    assertEquals(Map.of(401, flood.servedBefore()), flood.statusesBefore(), "token_not_found_or_expired until the limit");
    assertTrue(flood.servedBefore() >= 80, "two seconds of the node's rate (40/s) pass first: " + flood);
    assertEquals(401, send(checkTokenV1(node, "198.51.100.213")).statusCode(), "another address is served");

    List<StoredRow> events = limitedEvents(fc, row -> "198.51.100.212".equals(row.record().clientAddress()));
    assertEquals("Y000007", events.get(0).record().errorCode());
    assertTrue(events.get(0).record().detail().contains("\"limit\":\"fc.limits.checktoken-per-address\""), events.get(0).record().detail());
  }

  /** 429 in the contract's JSON: temporarily_unavailable, code Y000007, Retry-After, never cached. */
  private static void assertTooManyRequests(HttpResponse<String> limited, String description) throws Exception {
    Map<String, Object> error = Http.json(limited.body());
    assertEquals("temporarily_unavailable", error.get("error"), limited.body());
    assertTrue(((String) error.get("error_description")).startsWith(description), limited.body());
    assertTrue(((String) error.get("error_uri")).contains("code=Y000007"), limited.body());
    assertTrue(Integer.parseInt(limited.headers().firstValue("Retry-After").orElseThrow()) >= 1, limited.headers().toString());
    assertEquals("no-store", limited.headers().firstValue("Cache-Control").orElse(""), limited.headers().toString());
  }

  // ---- the flood

  /**
   * The statuses of a flood until its first 429 (with the answers that were in flight then), and that
   * answer.
   */
  record Flood(HttpResponse<String> firstLimited, int servedBefore, Map<Integer, Integer> statusesBefore, int limited) {}

  /** Sends the requests from several threads until fc answers 429, at most {@link #MOST_REQUESTS}. */
  private static Flood flood(IntFunction<HttpRequest> request) throws Exception {
    long start = System.nanoTime();
    AtomicInteger sent = new AtomicInteger();
    AtomicInteger limitedCount = new AtomicInteger();
    AtomicReference<HttpResponse<String>> firstLimited = new AtomicReference<>();
    Map<Integer, Integer> before = new java.util.concurrent.ConcurrentHashMap<>();
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> senders = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        senders.add(threads.submit(() -> {
          for (int number; firstLimited.get() == null && (number = sent.incrementAndGet()) <= MOST_REQUESTS; ) {
            HttpResponse<String> answer = send(request.apply(number));
            if (answer.statusCode() == 429) {
              limitedCount.incrementAndGet();
              firstLimited.compareAndSet(null, answer);
            } else {
              // Answers in flight when another thread met the first 429 count too: they were let through.
              before.merge(answer.statusCode(), 1, Integer::sum);
            }
          }
          return null;
        }));
      }
      for (Future<?> sender : senders) {
        sender.get();
      }
    } finally {
      threads.shutdownNow();
    }
    assertTrue(firstLimited.get() != null, "no 429 after " + MOST_REQUESTS + " requests: " + before);
    assertEquals(429, firstLimited.get().statusCode());
    int served = before.values().stream().mapToInt(Integer::intValue).sum();
    System.out.printf(
        "RateLimitIT: %d requests served (%s) until the first 429 and while it came, %d refused with 429, in %d ms, %d threads%n",
        served, before, limitedCount.get(), (System.nanoTime() - start) / 1_000_000, THREADS);
    return new Flood(firstLimited.get(), served, Map.copyOf(before), limitedCount.get());
  }

  /** The statuses of 600 requests, in 4 parallel batches, from 250 addresses in turn. */
  private static List<Integer> fromManyAddresses(java.util.function.Function<String, HttpRequest> request) throws Exception {
    AtomicInteger sent = new AtomicInteger();
    List<Integer> statuses = new ArrayList<>();
    for (int batch = 0; batch < 4; batch++) {
      statuses.addAll(parallel(150, number -> request.apply("192.0.2." + (sent.incrementAndGet() % 250))));
    }
    return statuses;
  }

  private static List<Integer> parallel(int count, IntFunction<HttpRequest> request) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int number = i;
        answers.add(threads.submit(() -> send(request.apply(number)).statusCode()));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get());
      }
      return statuses;
    } finally {
      threads.shutdownNow();
    }
  }

  private static final Http HTTP = new Http();

  private static HttpResponse<String> send(HttpRequest request) throws Exception {
    return HTTP.send(request);
  }

  private static HttpRequest choice(URI node, String address) {
    return formPost(node, "/api/v2/redirect-to-idp", "uid=it-no-such-login&csrf=x&idp=impots", address);
  }

  private static HttpRequest token(URI node, String clientId, String secret, String address) {
    String body =
        "grant_type=authorization_code&code=it-no-such-code&redirect_uri="
            + URLEncoder.encode(RegistryApi.SP_CALLBACK, StandardCharsets.UTF_8)
            + "&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    return formPost(node, "/api/v2/token", body, address);
  }

  /** A data provider's checktoken of a token fc never issued (v2: the provider authenticates). */
  private static HttpRequest checkToken(URI node, String clientId, String address) {
    String body =
        "token=it-no-such-token&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + "&client_secret=" + URLEncoder.encode(TestDataProviders.SECRET, StandardCharsets.UTF_8);
    return formPost(node, "/api/v2/checktoken", body, address);
  }

  /** A v1 checktoken of a token fc never issued: v1 providers send no credentials. */
  private static HttpRequest checkTokenV1(URI node, String address) {
    return HttpRequest.newBuilder(URI.create(node + "/api/v1/checktoken"))
        .header("Content-Type", "application/json")
        .header("X-Forwarded-For", address)
        .POST(HttpRequest.BodyPublishers.ofString("{\"token\": \"it-no-such-token\"}"))
        .build();
  }

  /** A form POSTed to fc through the balancer, for the citizen or client at this address. */
  private static HttpRequest formPost(URI node, String path, String body, String address) {
    return HttpRequest.newBuilder(URI.create(node + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-Forwarded-For", address)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  /** A token request naming the client, refused before its authentication: grant_type given twice. */
  private static HttpRequest repeatedGrantType(URI node, String clientId, String address) {
    String body = "grant_type=authorization_code&grant_type=x&code=c&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8);
    return formPost(node, "/api/v2/token", body, address);
  }

  // ---- the partners and the trail

  record Sp(String clientId, String secret) {}

  private static Sp registeredSp(FcPlatform fc) throws Exception {
    String clientId = RegistryApi.uniqueId("sp");
    Map<String, Object> created =
        RegistryApi.created(fc, RegistryApi.operator(fc), RegistryApi.SERVICE_PROVIDERS, RegistryApi.serviceProvider(clientId));
    Sp sp = new Sp(clientId, (String) created.get("clientSecret"));
    // The second node reads the registry's changes within a second or two.
    URI node = fc.secondNode().url("");
    for (int attempt = 0; attempt < 50; attempt++) {
      if (send(token(node, sp.clientId(), sp.secret(), "192.0.2.252")).statusCode() == 400) {
        return sp;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the second node does not know " + clientId);
  }

  private static List<StoredRow> limitedEvents(FcPlatform fc, java.util.function.Predicate<StoredRow> whose) throws Exception {
    java.util.function.Predicate<StoredRow> limited = row -> row.record().event() == AuditEvent.REQUESTS_LIMITED && whose.test(row);
    return AuditTrailRows.awaitRow(fc, limited).stream().filter(limited).toList();
  }
}
