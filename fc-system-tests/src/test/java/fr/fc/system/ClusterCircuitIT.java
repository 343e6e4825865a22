package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The register's circuit breaker across the two nodes of a cluster, shared through the Data Grid:
 * an outage that one node has seen fails fast on the other, and the register's return that one
 * node has seen serves both.
 */
@ExtendWith(SystemTest.class)
class ClusterCircuitIT {

  /** FcPlatform's fc.rnipp.probe-interval: B must meet A's open circuit before its own probe. */
  private static final Duration PROBE_INTERVAL = Duration.ofSeconds(5);
  /** The longest a node goes without reading the circuit the other posted (RegisterCircuit.READ_EVERY). */
  private static final Duration READ_INTERVAL = Duration.ofSeconds(1);
  /** Four different identities: the failures that open a circuit. */
  private static final List<String> CITIZENS = List.of("rnipp_etranger", "rnipp_presume", "presume_mois", "espagne");

  @Test
  void anOutageSeenByOneNodeFailsFastOnTheOtherAndItsEndServesBoth(FcPlatform fc) throws Exception {
    FcNode a = fc.firstNode();
    FcNode b = fc.secondNode();
    assertLogsIn(fc, a, "before the outage");
    assertLogsIn(fc, b, "before the outage");
    // B's citizen is back from the IdP before the outage, so that B answers at once after A opens.
    Browser citizenOnB = new Browser();
    URI callbackOnB = callbackOn(fc, citizenOnB, b, "test");

    RnippIT.behaviour(fc, "down");
    try {
      // B's next read of the grid comes after A's opening.
      Thread.sleep(READ_INTERVAL.toMillis());
      for (String citizen : CITIZENS) {
        HttpResponse<String> failure = atCallback(fc, a, citizen);
        assertTrue(failure.body().contains("Y010012"), "A calls the register, which fails: " + failure.body());
      }
      Instant opened = Instant.now();

      HttpResponse<String> onB = citizenOnB.get(callbackOnB);

      long afterMillis = Duration.between(opened, Instant.now()).toMillis();
      assertEquals(504, onB.statusCode(), onB.body());
      assertTrue(
          onB.body().contains("Y010011"),
          "B meets A's open circuit without calling the register (" + afterMillis + " ms after A opened it; past "
              + PROBE_INTERVAL.toMillis() + " ms, B's probe would call it): " + onB.body());
    } finally {
      RnippIT.behaviour(fc, "normal");
    }

    RegistryApi.await("a probe finds the register back and the circuit closes", PROBE_INTERVAL.multipliedBy(3), () -> logsIn(fc, a));
    RegistryApi.await("B follows the closed circuit", PROBE_INTERVAL.multipliedBy(3), () -> logsIn(fc, b));
    assertLogsIn(fc, b, "closed: every login goes through");
    assertLogsIn(fc, a, "closed: every login goes through");
  }

  private static boolean logsIn(FcPlatform fc, FcNode node) throws Exception {
    return atCallback(fc, node, "test").statusCode() == 303;
  }

  /** A login of the demo SP whose callback, once the register answers, goes on to the information page. */
  private static void assertLogsIn(FcPlatform fc, FcNode node, String when) throws Exception {
    HttpResponse<String> callback = atCallback(fc, node, "test");
    assertEquals(303, callback.statusCode(), node.name() + ", " + when + ": " + callback.body());
  }

  /** What the node shows once the IdP sends the citizen back: the register's check is done there. */
  private static HttpResponse<String> atCallback(FcPlatform fc, FcNode node, String citizen) throws Exception {
    Browser browser = new Browser();
    return browser.get(callbackOn(fc, browser, node, citizen));
  }

  /** The login up to the IdP's answer; its redirect to fc's callback sent to the node. */
  private static URI callbackOn(FcPlatform fc, Browser browser, FcNode node, String citizen) throws Exception {
    URI callback = Browser.location(BrokeredLoginIT.submitIdpLogin(fc, browser, "impots", citizen));
    return RoutedLogin.on(node.url(""), callback);
  }
}
