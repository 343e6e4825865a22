package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Independent software as the SP: npm's openid-client, an OpenID Certified relying party, logs in
 * through fc with the public integration client, PKCE, and validates the ID token against fc's
 * JWKS and the signed userinfo. fc passes if the library accepts everything it says.
 */
@ExtendWith(SystemTest.class)
class OpenIdClientInteropIT {

  static final String PUBLIC_CLIENT_ID = "fc-public-integration-client";
  static final String PUBLIC_CLIENT_SECRET = "fc-public-integration-secret";

  @Test
  void openidClientLogsInThroughFc(FcPlatform fc) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder("node", "interop-sp.mjs")
            .directory(Path.of(System.getProperty("fc.it.nodeDir")).toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().put("FC_ISSUER", fc.issuer());
    builder.environment().put("CLIENT_ID", PUBLIC_CLIENT_ID);
    builder.environment().put("CLIENT_SECRET", PUBLIC_CLIENT_SECRET);
    builder.environment().put("REDIRECT_URI", "http://localhost:3000/callback");
    Process sp = builder.start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(sp.getInputStream(), StandardCharsets.UTF_8));
        Writer in = sp.outputWriter(StandardCharsets.UTF_8)) {
      URI authorize = URI.create((String) Http.json(out.readLine()).get("authorizationUrl"));

      URI callback = BrokeredLoginIT.loginThrough(fc, new Browser(), authorize, "laposte", "test");
      in.write(callback + "\n");
      in.flush();
      Map<String, Object> result = Http.json(out.readLine());

      assertNull(result.get("error"), String.valueOf(result));
      Map<?, ?> idToken = (Map<?, ?>) result.get("idToken");
      Map<?, ?> userinfo = (Map<?, ?>) result.get("userinfo");
      assertEquals(fc.issuer(), idToken.get("iss"));
      assertEquals("eidas1", idToken.get("acr"));
      assertEquals(idToken.get("sub"), userinfo.get("sub"));
      assertTrue(((String) idToken.get("sub")).endsWith("v1"));
      assertEquals("Angela Claire Louise", userinfo.get("given_name"));
      assertEquals("DUBOIS", userinfo.get("family_name"));
      assertEquals("75107", userinfo.get("birthplace"));
    } finally {
      if (!sp.waitFor(30, TimeUnit.SECONDS)) {
        sp.destroyForcibly();
      }
    }
    assertEquals(0, sp.exitValue());
  }
}
