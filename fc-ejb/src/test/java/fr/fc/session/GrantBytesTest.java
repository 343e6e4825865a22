package fr.fc.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.shared.config.Platform;
import fr.fc.testing.JavaSerialization;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Codes and access tokens cross the data grid as compact bytes and come back as they were. */
class GrantBytesTest {

  private static final long NOW = 1_796_371_800L;

  @Test
  void aCodeComesBackAsItWas() throws Exception {
    AuthorizationCode code = code(identity(), "S256-challenge", Platform.V2);

    assertEquals(code, JavaSerialization.roundTrip(code));
  }

  @Test
  void aV1CodeWithoutNonceChallengeOrAmrComesBackAsItWas() throws Exception {
    AuthorizationCode code =
        new AuthorizationCode("code", "sp", null, List.of("openid"), null, "eidas1", null, false, List.of(), "sub",
            new LinkedHashMap<>(), NOW, "impots", "flow", Platform.V1);

    assertEquals(code, JavaSerialization.roundTrip(code));
  }

  @Test
  void anAccessTokenComesBackAsItWas() throws Exception {
    AccessToken token = AccessToken.issue(code(identity(), null, Platform.PLUS), NOW, 60);

    AccessToken back = JavaSerialization.roundTrip(token);

    assertEquals(token, back);
    assertEquals(Platform.PLUS, back.platform());
    assertEquals(identity().get("address"), back.identity().get("address"));
  }

  @Test
  void theGridHoldsNoClassOfTheClaimsAndFewerBytesThanTheSerializedRecords() throws Exception {
    AuthorizationCode code = code(identity(), "S256-challenge", Platform.V2);
    AccessToken token = AccessToken.issue(code, NOW, 60);

    for (Object entry : List.of(code, token)) {
      byte[] compact = JavaSerialization.serialized(entry);
      String stream = new String(compact, StandardCharsets.ISO_8859_1);
      assertFalse(stream.contains(LinkedHashMap.class.getName()), stream);
      assertFalse(stream.contains(Platform.class.getName()), stream);
      assertFalse(stream.contains("java."), stream);
      assertTrue(compact.length < JavaSerialization.serialized(fields(entry)).length, entry.getClass() + ": " + compact.length);
    }
  }

  private static Object[] fields(Object entry) {
    if (entry instanceof AccessToken t) {
      return new Object[] {t.token(), t.clientId(), t.scopes(), t.sub(), t.acr(), t.identity(), t.idpId(),
          t.issuedAt(), t.expiresAt(), t.flowId(), t.platform()};
    }
    AuthorizationCode c = (AuthorizationCode) entry;
    return new Object[] {c.code(), c.clientId(), c.redirectUri(), c.scopes(), c.nonce(), c.acr(), c.codeChallenge(),
        c.amrRequested(), c.amr(), c.sub(), c.identity(), c.authTime(), c.idpId(), c.flowId(), c.platform()};
  }

  private static AuthorizationCode code(LinkedHashMap<String, Object> identity, String challenge, Platform platform) {
    return new AuthorizationCode("code-value", "sp-client", "https://sp.example/callback",
        List.of("openid", "given_name", "family_name", "birthdate", "email", "address"), "nonce-value", "eidas2",
        challenge, true, List.of("pwd", "mfa"), "a".repeat(64) + "v1", identity, NOW - 20, "impots",
        "flow-id", platform);
  }

  /** A claim of each kind the grid must carry: string, list, boolean, number, object. */
  private static LinkedHashMap<String, Object> identity() {
    LinkedHashMap<String, Object> identity = new LinkedHashMap<>();
    identity.put("given_name_array", List.of("Angela", "Claire", "Louise"));
    identity.put("email_verified", true);
    identity.put("address", new LinkedHashMap<>(Map.of("formatted", "26 rue Desaix 75015 Paris", "country", "France")));
    identity.put("auth_time_skew", 3L);
    identity.put("family_name", "DUBOIS");
    return identity;
  }
}
