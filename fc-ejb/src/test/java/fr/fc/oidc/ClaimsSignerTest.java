package fr.fc.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.crypto.ClaimsSigner;
import fr.fc.crypto.SigningKeySet;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JWS fc sends SPs: the SP's algorithm, fc's key for it, a header of alg and kid only. */
class ClaimsSignerTest {

  static final long NOW = 1_700_000_000L;

  private final SigningKeySet keys = SigningKeySet.generate();
  private final ClaimsSigner signer = new ClaimsSigner(keys, Instant.ofEpochSecond(NOW));

  private static JwtClaims claims() {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(TokenFixtures.ISSUER_URL);
    claims.setSubject("sub");
    claims.setAudience("sp");
    claims.setIssuedAt(NumericDate.fromSeconds(NOW));
    claims.setExpirationTime(NumericDate.fromSeconds(NOW + 60));
    return claims;
  }

  @ParameterizedTest
  @ValueSource(strings = {"ES256", "RS256"})
  void signsWithTheKeyOfTheAlgorithmAndAHeaderOfAlgAndKidOnly(String algorithm) throws Exception {
    String jws = signer.sign(claims(), algorithm, null);

    String kid = keys.signingKey(algorithm, Instant.ofEpochSecond(NOW)).orElseThrow().getKeyId();
    assertEquals(Map.of("alg", algorithm, "kid", kid), SignedJwts.header(jws));
    assertEquals("sub", SignedJwts.verify(jws, keys, "sp", NOW).getSubject());
  }

  @Test
  void es256IsTheDefault() throws Exception {
    assertEquals("ES256", SignedJwts.header(signer.sign(claims(), null, null)).get("alg"));
  }

  @Test
  void signsHs256WithTheClientSecretForLegacySps() throws Exception {
    String secret = "a-legacy-client-secret-of-sixty-four-characters-0123456789abcdef";

    String jws = signer.sign(claims(), "HS256", secret);

    assertEquals(Map.of("alg", "HS256"), SignedJwts.header(jws));
    JsonWebSignature check = new JsonWebSignature();
    check.setCompactSerialization(jws);
    check.setKey(new HmacKey(secret.getBytes(StandardCharsets.UTF_8)));
    assertTrue(check.verifySignature());
    check.setKey(new HmacKey("another-secret-of-sixty-four-characters-0123456789abcdef01234567".getBytes(StandardCharsets.UTF_8)));
    assertFalse(check.verifySignature());
    assertThrows(IllegalStateException.class, () -> signer.sign(claims(), "HS256", null));
  }

  @Test
  void refusesAnAlgorithmItHoldsNoKeyFor() {
    assertThrows(IllegalStateException.class, () -> signer.sign(claims(), "none", null));
    assertThrows(IllegalStateException.class, () -> signer.sign(claims(), "PS256", null));
  }
}
