package fr.fc.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.fc.crypto.SigningKeySet;
import java.util.Map;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JWS fc sends SPs: the SP's algorithm, fc's key for it, a header of alg and kid only. */
class ClaimsSignerTest {

  static final long NOW = 1_700_000_000L;

  private final SigningKeySet keys = SigningKeySet.generate();
  private final ClaimsSigner signer = new ClaimsSigner(keys);

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
    String jws = signer.sign(claims(), algorithm);

    String kid = keys.forAlgorithm(algorithm).orElseThrow().getKeyId();
    assertEquals(Map.of("alg", algorithm, "kid", kid), SignedJwts.header(jws));
    assertEquals("sub", SignedJwts.verify(jws, keys, "sp", NOW).getSubject());
  }

  @Test
  void es256IsTheDefault() throws Exception {
    assertEquals("ES256", SignedJwts.header(signer.sign(claims(), null)).get("alg"));
  }

  @Test
  void refusesHs256ForNow() {
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> signer.sign(claims(), "HS256"));
    assertEquals("HS256 SPs are not supported yet", refused.getMessage());
  }

  @Test
  void refusesAnAlgorithmItHoldsNoKeyFor() {
    assertThrows(IllegalStateException.class, () -> signer.sign(claims(), "none"));
    assertThrows(IllegalStateException.class, () -> signer.sign(claims(), "PS256"));
  }
}
