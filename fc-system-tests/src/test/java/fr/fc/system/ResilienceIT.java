package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What an operator sees when the database goes away and comes back, or when the server restarts. */
@ExtendWith(SystemTest.class)
class ResilienceIT {

  @Test
  void readinessIsDownWithoutTheDatabaseAndUpAgainWhenItReturns(FcPlatform fc) throws Exception {
    fc.stopDatabase();
    try {
      HttpResponse<String> down = fc.http().awaitStatus(fc.opsUrl("/health/ready"), 503, Duration.ofSeconds(30));
      Map<String, Object> health = Http.json(down.body());
      assertEquals("DOWN", health.get("status"));
      assertEquals("DOWN", DeploymentIT.check(health, "database").get("status"));
      assertEquals(200, fc.http().get(fc.opsUrl("/health/live")).statusCode(), "alive without its database");
    } finally {
      fc.startDatabase();
    }
    fc.http().awaitStatus(fc.opsUrl("/health/ready"), 200, Duration.ofSeconds(60));
  }

  private static final String JWKS = "/api/v2/jwks";
  private static final String DISCOVERY = "/api/v2/.well-known/openid-configuration";

  /** One restart for two checks: a restart costs a minute of the test run. */
  @Test
  void fcRestartedWithoutItsDatabaseServesOnceItReturnsWithTheSameKeysAndDiscovery(FcPlatform fc) throws Exception {
    String jwks = answered(fc, JWKS);
    String discovery = answered(fc, DISCOVERY);
    fc.stopDatabase();
    try {
      fc.restartWithoutWaiting();
      fc.http().awaitStatus(fc.url("/api/v2/.well-known/openid-configuration"), 200, Duration.ofMinutes(2));
      fc.http().awaitStatus(fc.opsUrl("/health/ready"), 503, Duration.ofSeconds(30));
      HttpResponse<String> login = fc.http().send(AuthorizeIT.get(fc, AuthorizeIT.request(fc)).build());
      assertEquals(503, login.statusCode(), login.body());
      assertTrue(login.body().contains("Y000002"), "a page that says to come back later");
    } finally {
      fc.startDatabase();
    }
    fc.http().awaitStatus(fc.opsUrl("/health/ready"), 200, Duration.ofSeconds(60));
    URI authorize = AuthorizeIT.url(fc, AuthorizeIT.request(fc));
    URI back = BrokeredLoginIT.loginThrough(fc, new Browser(), authorize, "impots", "test");
    assertTrue(AuthorizeIT.query(back).get("code").length() >= 43, "logins work once the database is back");
    assertEquals(jwks, answered(fc, JWKS), "the same keys after the restart");
    assertEquals(discovery, answered(fc, DISCOVERY));
  }

  /** The body of the path's answer, once it is 200. */
  private static String answered(FcPlatform fc, String path) throws Exception {
    return fc.http().awaitStatus(fc.url(path), 200, Duration.ofSeconds(30)).body();
  }
}
