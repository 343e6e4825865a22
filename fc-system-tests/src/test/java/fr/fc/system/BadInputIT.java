package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Whatever a client or a browser sends, fc answers with an error in the contract's form: never a
 * 500, never a stack trace, never the server's own error report.
 */
@ExtendWith(SystemTest.class)
class BadInputIT {

  private static final String LONG = "x".repeat(6000);

  private static final List<String> GETS =
      List.of(
          "/api/v2/authorize",
          "/api/v2/authorize?client_id=%ZZ",
          "/api/v2/authorize?client_id=sandbox-demo-sp&client_id=other",
          "/api/v2/authorize?client_id=" + LONG,
          "/api/v2/authorize?client_id=sandbox-demo-sp&response_type=code&request=not.a.jwt",
          "/api/v2/authorize?client_id=sandbox-demo-sp&response_type=code&request=eyJhbGciOiJub25lIn0.bm90IGpzb24.",
          "/api/v2/interaction/unknown",
          "/api/v2/interaction/unknown/consent",
          "/api/v2/interaction/%2e%2e%2f%2e%2e",
          "/api/v2/redirect-to-sp-with-error",
          "/api/v2/redirect-to-sp-with-error?uid=" + LONG,
          "/api/v2/oidc-callback",
          "/api/v2/oidc-callback?state=s&code=c&error=access_denied",
          "/api/v2/client/logout-callback",
          "/api/v2/client/logout-callback?state=" + LONG,
          "/api/v2/session/end",
          "/api/v2/session/end?id_token_hint=a.b.c",
          "/api/v2/session/end?id_token_hint=eyJhbGciOiJub25lIn0.e30.&unknown=1",
          "/api/v2/userinfo?access_token=" + LONG,
          "/api/v2/jwks?x=%00",
          "/api/v2/token",
          "/api/v2/login",
          "/x.xhtml",
          "/WEB-INF/web.xml",
          "/api/v2/%",
          "/dsfr/../WEB-INF/web.xml");

  private static final List<String[]> POSTS =
      List.of(
          new String[] {"/api/v2/token", "application/x-www-form-urlencoded", "grant_type=authorization_code&code=%ZZ"},
          new String[] {"/api/v2/token", "application/json", "{\"code\":\"x\"}"},
          new String[] {"/api/v2/token", "application/x-www-form-urlencoded", "client_id=" + LONG + "&client_secret=s&code=c"},
          new String[] {"/api/v2/token/revocation", "application/x-www-form-urlencoded", "token=t"},
          new String[] {"/api/v2/authorize", "text/plain", "client_id=sandbox-demo-sp"},
          new String[] {"/api/v2/redirect-to-idp", "application/x-www-form-urlencoded", "uid=u&csrf=c&idp=impots"},
          new String[] {"/api/v2/redirect-to-idp", "application/x-www-form-urlencoded", ""},
          new String[] {"/api/v2/login", "application/x-www-form-urlencoded", "uid=u&csrf=c&consent=on"},
          new String[] {"/api/v2/userinfo", "application/x-www-form-urlencoded", "access_token="},
          new String[] {"/api/v2/jwks", "application/x-www-form-urlencoded", "a=b"});

  @Test
  void noRequestGetsA500OrAStackTrace(FcPlatform fc) throws Exception {
    URI server = fc.url("/");
    List<String> failures = new ArrayList<>();
    String cookies = "Cookie: fc_interaction=%ZZ; fc_session_id=" + LONG.substring(0, 3000) + "\r\n";
    for (String path : GETS) {
      check("GET " + path, RawHttp.send(server, "GET", path, cookies, ""), failures);
    }
    for (String[] post : POSTS) {
      String what = "POST " + post[0] + " " + post[2].substring(0, Math.min(40, post[2].length()));
      check(what, RawHttp.send(server, "POST", post[0], "Content-Type: " + post[1] + "\r\n", post[2]), failures);
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void browserErrorsArePagesAndClientErrorsAreJson(FcPlatform fc) throws Exception {
    HttpResponse<String> page = fc.http().get(fc.url("/api/v2/interaction/unknown"));
    assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(page.body().contains("Y190001"));

    HttpResponse<String> json = fc.http().get(fc.url("/api/v2/userinfo?access_token=unknown"));
    assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertFalse(json.body().contains("<html"));
  }

  private static void check(String what, RawHttp.Answer answer, List<String> failures) {
    String body = answer.text();
    if (answer.status() >= 500 || answer.status() == 0) {
      failures.add(what + " -> " + answer.status() + " " + body.substring(0, Math.min(300, body.length())));
    }
    for (String leak : List.of("Exception", "at fr.fc.", "at org.", "Payara Server", "Caused by")) {
      if (body.contains(leak)) {
        failures.add(what + " -> body contains '" + leak + "'");
      }
    }
  }
}
