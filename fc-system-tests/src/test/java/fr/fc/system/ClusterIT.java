package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.audit.AuditChain.StoredRow;
import fr.fc.audit.AuditContext;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two nodes of fc, one service: two Payara Server domains in one Data Grid, on one database. Any
 * step of a login, of fc's session and of its logout may land on either node.
 */
@ExtendWith(SystemTest.class)
class ClusterIT {

  private static final int RACES = 40;

  @Test
  void aLoginWhoseStepsAlternateBetweenTheNodesCompletes(FcPlatform fc) throws Exception {
    List<URI> alternate = List.of(fc.firstNode().url(""), fc.secondNode().url(""));

    RoutedLogin.Outcome login = new RoutedLogin(fc, new Browser(), alternate).run(true);

    assertEquals("Angela Claire Louise", TokenIT.verified(fc, login.userinfo().body()).getStringClaimValue("given_name"));
    List<StoredRow> trail = wholeFlow(fc, login.flowId());
    // Each node writes its own events to the trail: in the order they occurred, not of their rows.
    assertEquals(
        AuditTrailRows.COMPLETE_LOGIN,
        trail.stream().sorted(Comparator.comparing((StoredRow row) -> row.record().occurredAt())).map(row -> row.record().event()).toList());
    Set<String> nodes = trail.stream().map(row -> row.record().node()).collect(Collectors.toSet());
    assertEquals(2, nodes.size(), "each node recorded the steps it served: " + nodes);
    assertTrue(nodes.contains("node-b"), nodes.toString());
  }

  @Test
  void fcsSessionAndItsLogoutHoldAcrossTheNodes(FcPlatform fc) throws Exception {
    URI a = fc.firstNode().url("");
    URI b = fc.secondNode().url("");
    Browser browser = new Browser();
    String code = new RoutedLogin(fc, browser, List.of(a, b)).run(false).code();

    HttpResponse<String> second = browser.get(RoutedLogin.on(b, AuthorizeIT.url(fc, AuthorizeIT.request(fc, RequestObjectIT.LEGACY_SP))));
    assertTrue(Browser.location(second).getPath().endsWith("/consent"), "a session made on A serves on B: " + Browser.location(second));

    HttpResponse<String> tokens = RoutedLogin.token(fc, code, b);
    assertEquals(200, tokens.statusCode(), tokens.body());
    String idToken = (String) Http.json(tokens.body()).get("id_token");
    String spBack = fc.sandbox().url() + "/sp/logout-callback";
    HttpResponse<String> logout =
        browser.get(RoutedLogin.on(b, fc.url("/api/v2/session/end?id_token_hint=" + idToken + "&state=bye&post_logout_redirect_uri="
            + URLEncoder.encode(spBack, StandardCharsets.UTF_8))));
    URI backAtFc = Browser.location(browser.follow(logout));
    URI atSp = Browser.location(browser.get(RoutedLogin.on(a, backAtFc)));
    assertTrue(atSp.toString().startsWith(spBack + "?"), "the logout begun on B ends on A: " + atSp);

    URI next = Browser.location(browser.get(RoutedLogin.on(b, AuthorizeIT.url(fc, AuthorizeIT.request(fc)))));
    assertTrue(next.getPath().matches(".*/interaction/[^/]+"), "the session is over on B too: " + next);
  }

  @Test
  void anSpDeactivatedOnOneNodeIsRefusedByTheOtherWithinSeconds(FcPlatform fc) throws Exception {
    URI b = fc.secondNode().url("");
    String operator = RegistryApi.operator(fc);
    String clientId = RegistryApi.uniqueId("sp");
    RegistryApi.created(fc, operator, RegistryApi.SERVICE_PROVIDERS, RegistryApi.serviceProvider(clientId));
    try {
      RegistryApi.await("B serves the SP created on A", Duration.ofSeconds(3), () -> statusAtAuthorize(fc, b, clientId) == 303);

      RegistryApi.post(fc, operator, RegistryApi.SERVICE_PROVIDERS + "/" + clientId + "/deactivate", null);

      RegistryApi.await("B refuses the SP deactivated on A", Duration.ofSeconds(3), () -> statusAtAuthorize(fc, b, clientId) == 400);
    } finally {
      RegistryApi.delete(fc, operator, RegistryApi.SERVICE_PROVIDERS + "/" + clientId);
    }
  }

  @Test
  void theTwoNodesSignOneCheckpointAnIntervalBetweenThem(FcPlatform fc) throws Exception {
    fc.secondNode();
    Thread.sleep(FcPlatform.AUDIT_CHECKPOINT_SECONDS * 4_000L);

    List<Instant> signed = new ArrayList<>();
    try (Connection database = fc.database();
        ResultSet row =
            database.createStatement().executeQuery(
                "SELECT signed_at FROM audit_checkpoint ORDER BY id DESC LIMIT 3")) {
      while (row.next()) {
        signed.add(0, row.getTimestamp(1).toInstant());
      }
    }
    assertEquals(3, signed.size(), "checkpoints every " + FcPlatform.AUDIT_CHECKPOINT_SECONDS + " s");
    for (int i = 1; i < signed.size(); i++) {
      assertTrue(Duration.between(signed.get(i - 1), signed.get(i)).toSeconds() >= 2, "not one a node: " + signed);
    }
  }

  /** Node B runs behind a load balancer on 127.0.0.1 (fc.request.trusted-proxies); node A trusts nobody. */
  @Test
  void theTrailNamesTheCitizensAddressThatTheBalancerForwardedAndNoOtherOne(FcPlatform fc) throws Exception {
    String behindTheBalancer = authorizedFlow(fc, fc.secondNode().url(""), "198.51.100.1, 203.0.113.7");
    String forgedToA = authorizedFlow(fc, fc.firstNode().url(""), "203.0.113.7");

    assertEquals("203.0.113.7", authorizeRow(fc, behindTheBalancer).record().clientAddress(), "the last address the balancer added");
    assertEquals("127.0.0.1", authorizeRow(fc, forgedToA).record().clientAddress(), "a client's own header, not believed");
  }

  private static String authorizedFlow(FcPlatform fc, URI node, String forwardedFor) throws Exception {
    HttpResponse<String> answer =
        fc.http().send(
            HttpRequest.newBuilder(RoutedLogin.on(node, AuthorizeIT.url(fc, AuthorizeIT.request(fc))))
                .header("X-Forwarded-For", forwardedFor)
                .build());
    String[] path = Browser.location(answer).getPath().split("/");
    return AuditContext.flowIdOf(path[path.length - 1]);
  }

  private static StoredRow authorizeRow(FcPlatform fc, String flowId) throws Exception {
    return AuditTrailRows.ofFlow(AuditTrailRows.awaitRow(fc, row -> flowId.equals(row.record().flowId())), flowId).get(0);
  }

  private static int statusAtAuthorize(FcPlatform fc, URI node, String clientId) throws Exception {
    return fc.http().get(RoutedLogin.on(node, AuthorizeIT.url(fc, RegistryApi.authorizeRequest(fc, clientId)))).statusCode();
  }

  /** The flow's rows once both nodes have written theirs: each node writes its own, in its own time. */
  private static List<StoredRow> wholeFlow(FcPlatform fc, String flowId) throws Exception {
    for (int attempt = 0; attempt < 40; attempt++) {
      List<StoredRow> rows = AuditTrailRows.ofFlow(AuditTrailRows.all(fc), flowId);
      if (rows.size() >= AuditTrailRows.COMPLETE_LOGIN.size()) {
        return rows;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the flow's events did not all reach the trail");
  }

  /** The attacker's race: one code sent to both nodes at the same instant, again and again. */
  @Test
  void aCodeRedeemedOnBothNodesAtOnceGivesOneTokenSet(FcPlatform fc) throws Exception {
    List<URI> nodes = List.of(fc.firstNode().url(""), fc.secondNode().url(""));
    ExecutorService racers = Executors.newFixedThreadPool(2);
    List<String> outcomes = new ArrayList<>();
    try {
      for (int race = 0; race < RACES; race++) {
        String code = new RoutedLogin(fc, new Browser(), nodes).run(false).code();
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (URI node : nodes) {
          answers.add(racers.submit(() -> {
            start.await();
            return RoutedLogin.token(fc, code, node);
          }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
          HttpResponse<String> response = answer.get();
          statuses.add(response.statusCode());
          if (response.statusCode() != 200) {
            assertEquals("invalid_grant", Http.json(response.body()).get("error"), response.body());
          }
        }
        outcomes.add(statuses.toString());
        assertEquals(1, statuses.stream().filter(status -> status == 200).count(), "race " + race + ": " + statuses);
      }
    } finally {
      racers.shutdownNow();
    }
    Map<String, Long> winners = outcomes.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
    System.out.println("ClusterIT: " + RACES + " code races, [A, B] statuses: " + winners);
  }
}
