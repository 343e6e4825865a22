package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What operators use is theirs only: the admin listener asks for credentials, and health and
 * metrics answer on the operations listener, not on the citizens' one.
 */
@ExtendWith(SystemTest.class)
class OperationsSurfaceIT {

  private static final List<String> OPERATIONS_PATHS =
      List.of("/health", "/health/live", "/health/ready", "/metrics", "/openapi");

  @Test
  void theAdminRestApiWantsCredentials(FcPlatform fc) throws Exception {
    HttpResponse<String> response = fc.http().get(fc.adminUrl("/management/domain"));

    assertEquals(401, response.statusCode(), response.body());
  }

  @Test
  void healthAndMetricsAreNotOnTheCitizensListener(FcPlatform fc) throws Exception {
    for (String path : OPERATIONS_PATHS) {
      HttpResponse<String> response = fc.http().get(fc.url(path));

      assertEquals(404, response.statusCode(), path + ": " + response.body());
      assertFalse(response.body().contains("\"status\""), path + " answers health on the citizens' listener");
      assertFalse(response.body().contains("Payara"), path);
    }
  }

  @Test
  void theOpenApiDocumentListsEveryAdminPath(FcPlatform fc) throws Exception {
    HttpResponse<String> openapi = fc.http().get(fc.opsUrl("/openapi"));

    assertEquals(200, openapi.statusCode());
    for (String path :
        List.of("/audit/events:", "/audit/events.csv:", "/audit/flows/{flowId}:", "/audit/volumes:",
            "/audit/verification:", "/audit/checkpoints:", "/audit/purge:", "/registry:", "/{kind}:", "/{kind}/{id}:",
            "/{kind}/{id}/activate:", "/{kind}/{id}/deactivate:", "/{kind}/{id}/secret:")) {
      assertTrue(openapi.body().contains(path), path + " in " + openapi.body());
    }
    assertTrue(openapi.body().matches("(?s).*- url: http://localhost:\\d+/api/admin\\b.*"), "the admin API's base");
  }

  @Test
  void healthAndMetricsAnswerOnTheOperationsListener(FcPlatform fc) throws Exception {
    assertEquals("UP", fc.http().getJson(fc.opsUrl("/health/live")).get("status"));
    HttpResponse<String> health = fc.http().get(fc.opsUrl("/health"));
    assertTrue(List.of(200, 503).contains(health.statusCode()), health.body());
    assertTrue(Http.json(health.body()).containsKey("checks"), health.body());
    HttpResponse<String> metrics = fc.http().get(fc.opsUrl("/metrics"));
    assertEquals(200, metrics.statusCode());
    assertTrue(metrics.body().contains("mp_scope=\"base\""), metrics.body());
  }
}
