package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.audit.AuditChain.StoredRow;
import fr.fc.audit.AuditEvent;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jose4j.json.JsonUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admin API's audit paths (/api/admin/audit/...), with operator tokens minted by the documented
 * command (server-config/bin/AdminToken.java) and checked by Payara's MicroProfile JWT: auditors
 * find a login by its sub, read its timeline and export it; anyone else gets 401 or 403.
 */
@ExtendWith(SystemTest.class)
class AdminApiIT {

  private static final List<String> AUDITOR_PATHS =
      List.of("/api/admin/audit/events", "/api/admin/audit/events.csv", "/api/admin/audit/flows/x",
          "/api/admin/audit/volumes", "/api/admin/audit/verification", "/api/admin/audit/checkpoints");

  @Test
  void anAuditorFindsALoginBySubReadsItsTimelineAndExportsIt(FcPlatform fc) throws Exception {
    List<StoredRow> login = AuditTrailRows.completeLoginInTheTrail(fc);
    String flow = login.get(0).record().flowId();
    StoredRow token = login.get(8);
    String auditor = token(fc, "auditor");

    List<Object> found = list(get(fc, auditor, "/api/admin/audit/events?sub=" + encode(token.record().sub()) + "&event=TOKEN_ISSUED"));
    List<Object> timeline = list(get(fc, auditor, "/api/admin/audit/flows/" + flow));
    HttpResponse<String> csv = get(fc, auditor, "/api/admin/audit/events.csv?flow_id=" + flow);

    assertTrue(found.stream().anyMatch(event -> flow.equals(((Map<?, ?>) event).get("flow_id"))), found.toString());
    assertTrue(found.stream().allMatch(event -> token.record().sub().equals(((Map<?, ?>) event).get("sub"))), found.toString());
    assertEquals(
        AuditTrailRows.COMPLETE_LOGIN.stream().map(Enum::name).toList(),
        timeline.stream()
            .map(event -> ((Map<?, ?>) event).get("event"))
            .filter(event -> !event.toString().startsWith("LOGIN_NOTICE_")) // the e-mail's, sent off the request path
            .toList());
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    String[] lines = csv.body().split("\r\n");
    assertEquals(
        AuditTrailRows.COMPLETE_LOGIN.size(),
        Arrays.stream(lines).skip(1).filter(line -> !line.contains(",LOGIN_NOTICE_")).count(),
        csv.body());
    assertTrue(lines[0].startsWith("id,occurred_at,event,outcome"), lines[0]);
    assertTrue(csv.body().contains("TOKEN_ISSUED,SUCCESS,," + flow + ",sandbox-demo-sp,impots,eidas1," + token.record().sub()), csv.body());
  }

  @Test
  void theChainCheckAndCheckpointsAreThereForAuditors(FcPlatform fc) throws Exception {
    AuditTrailRows.completeLogin(fc);
    String auditor = token(fc, "auditor");

    Map<String, Object> verification = Http.json(get(fc, auditor, "/api/admin/audit/verification").body());
    List<Object> checkpoints = list(get(fc, auditor, "/api/admin/audit/checkpoints?limit=1"));
    List<Object> volumes = list(get(fc, auditor, "/api/admin/audit/volumes?by=sp"));

    assertEquals(true, verification.get("intact"), verification.toString());
    assertEquals(1, checkpoints.size());
    assertEquals(3, ((String) ((Map<?, ?>) checkpoints.get(0)).get("jws")).split("\\.").length);
    assertTrue(volumes.stream().anyMatch(day -> "sandbox-demo-sp".equals(((Map<?, ?>) day).get("partner"))), volumes.toString());
  }

  @Test
  void nobodyElseReadsTheTrail(FcPlatform fc) throws Exception {
    String operator = token(fc, "fc-admin");
    String auditor = token(fc, "auditor");
    String[] parts = auditor.split("\\.");
    String otherClaims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("\"auditor\"", "\"auditeur\"");
    String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(otherClaims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

    for (String path : AUDITOR_PATHS) {
      assertEquals(401, get(fc, null, path).statusCode(), "anonymous: " + path);
      assertEquals(401, get(fc, "an-access-token-of-a-citizen", path).statusCode(), "a citizen's opaque token: " + path);
      assertEquals(401, get(fc, forged, path).statusCode(), "a token changed after signing: " + path);
      assertEquals(403, get(fc, operator, path).statusCode(), "an operator without the auditor role: " + path);
    }
    assertEquals(403, send(fc, auditor, HttpRequest.newBuilder(fc.url("/api/admin/audit/purge?before=2000-01-01")).POST(HttpRequest.BodyPublishers.noBody())).statusCode(),
        "auditors read, they do not purge");
  }

  @Test
  void aBadCriterionIsA400ThatNamesIt(FcPlatform fc) throws Exception {
    HttpResponse<String> refused = get(fc, token(fc, "auditor"), "/api/admin/audit/events?event=NOT_AN_EVENT");

    assertEquals(400, refused.statusCode());
    Map<String, Object> error = Http.json(refused.body());
    assertEquals("invalid_request", error.get("error"));
    assertTrue(((String) error.get("error_description")).startsWith("event is not one of"), refused.body());
  }

  @Test
  void aPurgeKeepsWhatIsLeftVerifiable(FcPlatform fc) throws Exception {
    AuditTrailRows.completeLogin(fc);
    StoredRow cut = AuditTrailRows.completeLoginInTheTrail(fc).get(0);
    String operator = token(fc, "fc-admin");

    HttpResponse<String> purged =
        send(fc, operator, HttpRequest.newBuilder(fc.url("/api/admin/audit/purge?before=" + encode(cut.record().occurredAt().toString())))
            .POST(HttpRequest.BodyPublishers.noBody()));

    assertEquals(200, purged.statusCode(), purged.body());
    assertTrue(((Number) Http.json(purged.body()).get("deleted")).longValue() >= AuditTrailRows.COMPLETE_LOGIN.size());
    long first = AuditTrailRows.all(fc).stream().mapToLong(StoredRow::id).min().orElseThrow();
    assertEquals(cut.id(), first, "the rows before the cut are gone, the login after it is whole");
    Map<String, Object> verification = Http.json(get(fc, token(fc, "auditor"), "/api/admin/audit/verification").body());
    assertEquals(true, verification.get("intact"), verification.toString());
    AuditTrailRows.awaitRow(fc, row -> row.id() > cut.id() && row.record().event() == AuditEvent.AUDIT_PURGED);
  }

  /** A token of this role, minted as the README tells operators of the demo. */
  static String token(FcPlatform fc, String role) throws Exception {
    Process mint =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                Path.of(System.getProperty("fc.it.serverConfig"), "bin", "AdminToken.java").toString(),
                "mint", fc.configDirectory().toString(), "fc-operators", role)
            .redirectErrorStream(true)
            .start();
    String output = new String(mint.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertEquals(0, mint.waitFor(), output);
    return output;
  }

  private static HttpResponse<String> get(FcPlatform fc, String token, String path) throws Exception {
    return send(fc, token, HttpRequest.newBuilder(fc.url(path)).GET());
  }

  private static HttpResponse<String> send(FcPlatform fc, String token, HttpRequest.Builder request) throws Exception {
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return fc.http().send(request.build());
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(HttpResponse<String> response) throws Exception {
    assertEquals(200, response.statusCode(), response.body());
    return (List<Object>) JsonUtil.parseJson("{\"list\":" + response.body() + "}").get("list");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
