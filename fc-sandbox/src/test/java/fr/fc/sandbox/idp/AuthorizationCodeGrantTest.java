package fr.fc.sandbox.idp;

import static fr.fc.sandbox.idp.TestRequests.CALLBACK;
import static fr.fc.sandbox.idp.TestRequests.authorization;
import static fr.fc.sandbox.idp.TestRequests.form;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.keys.HmacKey;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;

class AuthorizationCodeGrantTest {

  static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");
  static final String VERIFIER = PkceTest.VERIFIER;
  static final String SECRET = "sandbox-idp-secret-for-demo-only";

  private final TestClock clock = new TestClock();
  private final DemoIdp impots = IdpCatalogue.create("http://localhost:7100/", SECRET).get("impots");
  private final AuthorizationCodeGrant grant = grant();
  private final ClientCredentials fc = new ClientCredentials("fc", SECRET);

  @Test
  void exchangesACodeForSignedTokens() throws Exception {
    String code = code(impots, "eidas2");

    Map<String, Object> answer = grant.exchange(impots, fc, exchange(code, VERIFIER), NOW);

    assertEquals("Bearer", answer.get("token_type"));
    assertEquals(60L, answer.get("expires_in"));
    assertEquals("openid profile email birth", answer.get("scope"));
    assertTrue(grant.tokens.find((String) answer.get("access_token")).isPresent());
    JwtClaims idToken = verified(impots, (String) answer.get("id_token"));
    assertEquals("http://localhost:7100/idp/impots", idToken.getIssuer());
    assertEquals(List.of("fc"), idToken.getAudience());
    assertEquals("nonce-1", idToken.getClaimValue("nonce"));
    assertEquals("eidas2", idToken.getClaimValue("acr"));
    assertEquals(List.of("pwd"), idToken.getStringListClaimValue("amr"));
    assertEquals(NOW.getEpochSecond() + 60, idToken.getExpirationTime().getValue());
    assertEquals(NOW.getEpochSecond(), idToken.getClaimValue("auth_time", Long.class));
    assertEquals(new DemoAccount("test", "", Map.of()).subjectAt("impots"), idToken.getSubject());
  }

  @Test
  void theLegacyIdpSignsHs256WithFcsClientSecret() throws Exception {
    DemoIdp legacy = IdpCatalogue.create("http://localhost:7100", SECRET).get(IdpCatalogue.LEGACY);

    String idToken = (String) grant.exchange(legacy, fc, exchange(code(legacy), VERIFIER), NOW).get("id_token");

    assertEquals("HS256", algorithm(idToken));
    assertEquals("nonce-1", withSecret(legacy, SECRET, idToken).getClaimValue("nonce"));
    assertEquals(List.of("HS256"), legacy.metadata().get("id_token_signing_alg_values_supported"));
    assertEquals(List.of("HS256"), legacy.metadata().get("userinfo_signing_alg_values_supported"));
    assertEquals("{\"keys\":[]}", legacy.signer().publicJwks());
  }

  @Test
  void forgesTheTokensOfSignatureInvalide() throws Exception {
    String confused = (String) grant.exchange(impots, fc, exchange(code(impots, "eidas1", "signature_invalide"), VERIFIER), NOW).get("id_token");
    assertEquals("HS256", algorithm(confused), "HS256 where the IdP signs ES256");
    assertEquals("nonce-1", withSecret(impots, SECRET, confused).getClaimValue("nonce"));

    DemoIdp legacy = IdpCatalogue.create("http://localhost:7100", SECRET).get(IdpCatalogue.LEGACY);
    String forged = (String) grant.exchange(legacy, fc, exchange(code(legacy, "eidas1", "signature_invalide"), VERIFIER), NOW).get("id_token");
    assertEquals("HS256", algorithm(forged));
    assertThrows(InvalidJwtException.class, () -> withSecret(legacy, SECRET, forged), "not fc's secret");
  }

  @Test
  void redeemsACodeOnce() {
    String code = code(impots);
    grant.exchange(impots, fc, exchange(code, VERIFIER), NOW);

    assertEquals("invalid_grant", error(exchange(code, VERIFIER)).code());
  }

  @Test
  void refusesAnExpiredCode() {
    String code = code(impots);
    clock.advance(Duration.ofSeconds(61));

    assertEquals("invalid_grant", error(exchange(code, VERIFIER)).code());
  }

  @Test
  void refusesAWrongVerifierAndBurnsTheCode() {
    String code = code(impots);

    assertEquals("invalid_grant", error(exchange(code, VERIFIER.replace('d', 'x'))).code());
    assertEquals("invalid_grant", error(exchange(code, VERIFIER)).code());
  }

  @Test
  void refusesAnotherRedirectUri() {
    Parameters form =
        form(
            "grant_type",
            "authorization_code",
            "code",
            code(impots),
            "redirect_uri",
            CALLBACK + "/",
            "code_verifier",
            VERIFIER);

    assertEquals("invalid_grant", error(form).code());
  }

  @Test
  void refusesACodeOfAnotherIdp() {
    DemoIdp ameli = IdpCatalogue.create("http://localhost:7100", SECRET).get("ameli");

    assertEquals("invalid_grant", error(exchange(code(ameli), VERIFIER)).code());
  }

  @Test
  void refusesAWrongSecretBeforeLookingAtTheCode() {
    String code = code(impots);
    ClientCredentials wrong = new ClientCredentials("fc", "guess");

    OAuthError error =
        assertThrows(
            OAuthError.class, () -> grant.exchange(impots, wrong, exchange(code, VERIFIER), NOW));
    assertEquals("invalid_client", error.code());
    assertEquals(401, error.status());
    grant.exchange(impots, fc, exchange(code, VERIFIER), NOW);
  }

  @Test
  void supportsOnlyTheAuthorizationCodeGrant() {
    Parameters form = form("grant_type", "refresh_token", "refresh_token", "x");

    assertEquals("unsupported_grant_type", error(form).code());
    assertEquals("invalid_request", error(form("code", "x")).code());
  }

  private String code(DemoIdp idp) {
    return code(idp, "eidas1");
  }

  private String code(DemoIdp idp, String acrValues) {
    return code(idp, acrValues, "test");
  }

  private String code(DemoIdp idp, String acrValues, String login) {
    Parameters params =
        authorization(
            "acr_values",
            acrValues,
            "code_challenge",
            PkceTest.CHALLENGE,
            "code_challenge_method",
            "S256");
    AuthorizationRequest request = AuthorizationRequest.of(params, idp.id(), Language.FRENCH);
    DemoAccount account = new DemoAccount(login, "123", Map.of("given_name", "Angela"));
    return grant.codes.issue(new Authentication(request, account, NOW, "session-1"));
  }

  private static Parameters exchange(String code, String verifier) {
    return form(
        "grant_type", "authorization_code",
        "code", code,
        "redirect_uri", CALLBACK,
        "code_verifier", verifier);
  }

  private OAuthError error(Parameters form) {
    return assertThrows(OAuthError.class, () -> grant.exchange(impots, fc, form, NOW));
  }

  private static String algorithm(String jwt) throws Exception {
    return JsonWebStructure.fromCompactSerialization(jwt).getAlgorithmHeaderValue();
  }

  private static JwtClaims withSecret(DemoIdp idp, String secret, String idToken) throws Exception {
    return new JwtConsumerBuilder()
        .setVerificationKey(new HmacKey(secret.getBytes(StandardCharsets.UTF_8)))
        .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, "HS256")
        .setExpectedIssuer(idp.issuer())
        .setExpectedAudience("fc")
        .setEvaluationTime(NumericDate.fromSeconds(NOW.getEpochSecond()))
        .build()
        .processToClaims(idToken);
  }

  private static JwtClaims verified(DemoIdp idp, String idToken) throws Exception {
    return new JwtConsumerBuilder()
        .setVerificationKeyResolver(
            new JwksVerificationKeyResolver(
                new JsonWebKeySet(idp.signer().publicJwks()).getJsonWebKeys()))
        .setExpectedIssuer(idp.issuer())
        .setExpectedAudience("fc")
        .setEvaluationTime(NumericDate.fromSeconds(NOW.getEpochSecond()))
        .build()
        .processToClaims(idToken);
  }

  private AuthorizationCodeGrant grant() {
    AuthorizationCodeGrant grant = new AuthorizationCodeGrant();
    grant.catalogue = new IdpCatalogue();
    grant.catalogue.baseUrl = "http://localhost:7100";
    grant.catalogue.fcIssuer = TestRequests.FC_ISSUER;
    grant.catalogue.clientId = "fc";
    grant.catalogue.clientSecret = SECRET;
    grant.catalogue.start();
    grant.codes = new AuthorizationCodes(clock);
    grant.tokens = new AccessTokens(clock);
    return grant;
  }
}
