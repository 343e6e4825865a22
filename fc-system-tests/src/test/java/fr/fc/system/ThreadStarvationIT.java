package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Slow clients and a slow register hold connections, not the threads that serve everyone else
 * (issue 8, point 2): discovery keeps answering. The figures printed are for the note; the test
 * asserts only that every request is answered, within a client timeout far above them.
 */
@ExtendWith(SystemTest.class)
class ThreadStarvationIT {

  private static final int SLOW_BODIES = 50;
  private static final int LOGINS_AT_THE_REGISTER = 20;
  private static final long REGISTER_DELAY_MILLIS = 4000;

  @Test
  void discoveryAnswersWhileSlowBodiesAndLoginsWaitingOnASlowRegisterAreInFlight(FcPlatform fc) throws Exception {
    List<Browser> browsers = new ArrayList<>();
    List<HttpResponse<String>> idpAnswers = new ArrayList<>();
    for (int i = 0; i < LOGINS_AT_THE_REGISTER; i++) {
      Browser browser = new Browser();
      browsers.add(browser);
      idpAnswers.add(BrokeredLoginIT.submitIdpLogin(fc, browser, "impots", "test"));
    }
    ExecutorService citizens = Executors.newFixedThreadPool(LOGINS_AT_THE_REGISTER);
    List<Future<HttpResponse<String>>> callbacks = new ArrayList<>();
    List<Long> latencies = new ArrayList<>();
    registerDelay(fc, REGISTER_DELAY_MILLIS);
    try (SlowClients slow = SlowClients.open(fc.url("/"), "/api/v2/token", SLOW_BODIES)) {
      for (int i = 0; i < LOGINS_AT_THE_REGISTER; i++) {
        Browser browser = browsers.get(i);
        HttpResponse<String> idpAnswer = idpAnswers.get(i);
        callbacks.add(citizens.submit(() -> browser.follow(idpAnswer)));
      }
      Thread.sleep(1500);
      for (int i = 0; i < 10; i++) {
        latencies.add(discoveryMillis(fc));
      }
    } finally {
      registerDelay(fc, 0);
      citizens.shutdown();
    }
    for (Future<HttpResponse<String>> callback : callbacks) {
      assertEquals(303, callback.get(30, TimeUnit.SECONDS).statusCode(), "the slow logins complete too");
    }
    citizens.awaitTermination(10, TimeUnit.SECONDS);
    System.out.println(
        "Discovery with " + SLOW_BODIES + " slow bodies and " + LOGINS_AT_THE_REGISTER
            + " logins on a " + REGISTER_DELAY_MILLIS + " ms register: " + latencies + " ms");
  }

  private static long discoveryMillis(FcPlatform fc) throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> discovery =
        fc.http().send(
            HttpRequest.newBuilder(fc.url("/api/v2/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(3))
                .build());
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertEquals(200, discovery.statusCode());
    return millis;
  }

  private static void registerDelay(FcPlatform fc, long millis) throws Exception {
    HttpResponse<String> response =
        fc.http().send(
            HttpRequest.newBuilder(fc.sandbox().url("/rnipp/admin/behaviour"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("status=normal&delayMillis=" + millis))
                .build());
    assertEquals(200, response.statusCode(), response.body());
  }
}
