package fr.fc.oidc;

import static fr.fc.oidc.AuthorizationRequestValidatorTest.ISSUER;
import static fr.fc.oidc.AuthorizationRequestValidatorTest.REDIRECT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.registry.RegisteredClient;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import fr.fc.shared.request.RequestParameters;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;

/** Authorization parameters in a request object (OIDC Core 6.1), and the ones fc refuses. */
class RequestObjectTest {

  static final String SECRET = "a-legacy-secret-of-at-least-32-bytes!";
  static final RegisteredClient LEGACY =
      RegisteredClient.builder("sp")
          .redirectUris(Set.of(REDIRECT))
          .scopes(Set.of("openid", "profile", "email"))
          .signing("HS256", SECRET)
          .build();

  private final AuthorizationRequestValidator validator =
      new AuthorizationRequestValidator(
          id -> Optional.ofNullable("sp".equals(id) ? LEGACY : null), (id, acr) -> "impots".equals(id), ISSUER);

  private static JwtClaims parameters() {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer("sp");
    claims.setAudience(ISSUER);
    claims.setStringClaim("client_id", "sp");
    claims.setStringClaim("response_type", "code");
    claims.setStringClaim("redirect_uri", REDIRECT);
    claims.setStringClaim("scope", "openid profile");
    claims.setStringClaim("state", "state-in-the-jwt");
    claims.setStringClaim("nonce", "m".repeat(30));
    claims.setStringClaim("acr_values", "eidas1");
    claims.setClaim("claims", Map.of("id_token", Map.of("acr", Map.of("essential", true))));
    return claims;
  }

  private static String unsigned(JwtClaims claims) throws Exception {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
    jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
    return jws.getCompactSerialization();
  }

  private static String hs256(JwtClaims claims, String secret) throws Exception {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
    jws.setKey(new HmacKey(secret.getBytes(StandardCharsets.UTF_8)));
    return jws.getCompactSerialization();
  }

  /** The OAuth part of the query OIDC requires next to a request object, plus what the test adds. */
  private static RequestParameters query(String requestObject, String... more) {
    Map<String, String> query = new java.util.HashMap<>(Map.of("client_id", "sp", "response_type", "code", "request", requestObject));
    for (int i = 0; i < more.length; i += 2) {
      query.put(more[i], more[i + 1]);
    }
    return RequestParameters.of(query);
  }

  @Test
  void anUnsignedRequestObjectCarriesTheParameters() throws Exception {
    AuthorizationRequest request = validator.validate(query(unsigned(parameters()), "state", "state-in-the-query"));

    assertEquals(REDIRECT, request.redirectUri());
    assertEquals(List.of("openid", "profile"), request.scopes());
    assertEquals("state-in-the-jwt", request.state(), "the request object's values supersede the query's");
    assertEquals("m".repeat(30), request.nonce());
  }

  @Test
  void aRequestObjectsValuesHaveTheQuerysSizeLimits() throws Exception {
    JwtClaims claims = parameters();
    claims.setStringClaim("state", "s".repeat(513));

    FcException error = assertThrows(FcException.class, () -> validator.validate(query(unsigned(claims))));

    assertEquals(FcError.AUTHORIZE_PARAMETER_INVALID, error.error());
    assertEquals("invalid authorization request: state must be at most 512 characters", error.description());
  }

  @Test
  void anHs256RequestObjectIsCheckedWithTheClientsSecret() throws Exception {
    assertEquals("state-in-the-jwt", validator.validate(query(hs256(parameters(), SECRET))).state());

    FcException forged =
        assertThrows(
            FcException.class,
            () -> validator.validate(query(hs256(parameters(), "another-secret-of-at-least-32-bytes"), "redirect_uri", REDIRECT, "state", "s")));
    assertEquals(FcError.REQUEST_OBJECT_INVALID, forged.error());
    assertEquals("invalid_request_object", forged.error().oidcError());
    assertEquals(REDIRECT, forged.trustedReturn().orElseThrow().redirectUri());
    assertEquals("s", forged.trustedReturn().orElseThrow().state());
  }

  @Test
  void anHs256RequestObjectNeedsAClientWhoseSecretFcHolds() throws Exception {
    AuthorizationRequestValidator modern =
        new AuthorizationRequestValidator(
            id -> Optional.of(AuthorizationRequestValidatorTest.CLIENT), (id, acr) -> false, ISSUER);
    FcException error =
        assertThrows(FcException.class, () -> modern.validate(query(hs256(parameters(), SECRET))));
    assertEquals(FcError.REQUEST_OBJECT_INVALID, error.error());
  }

  @Test
  void claimsThatContradictTheRequestAreRefused() throws Exception {
    for (String[] claim : List.of(
        new String[] {"client_id", "another-sp"},
        new String[] {"response_type", "code id_token"},
        new String[] {"iss", "another-sp"})) {
      JwtClaims claims = parameters();
      claims.setStringClaim(claim[0], claim[1]);
      FcException error = assertThrows(FcException.class, () -> validator.validate(query(unsigned(claims))), claim[0]);
      assertEquals(FcError.REQUEST_OBJECT_INVALID, error.error(), claim[0]);
    }
    JwtClaims otherAudience = parameters();
    otherAudience.setAudience("https://another-op.example/");
    assertEquals(
        FcError.REQUEST_OBJECT_INVALID,
        assertThrows(FcException.class, () -> validator.validate(query(unsigned(otherAudience)))).error());
    JwtClaims expired = parameters();
    expired.setExpirationTimeMinutesInTheFuture(-5);
    assertEquals(
        FcError.REQUEST_OBJECT_INVALID,
        assertThrows(FcException.class, () -> validator.validate(query(unsigned(expired)))).error());
  }

  @Test
  void withoutARegisteredRedirectUriInTheQueryTheErrorIsFcsPage() {
    FcException error = assertThrows(FcException.class, () -> validator.validate(query("not-a-jwt")));

    assertEquals(FcError.REQUEST_OBJECT_INVALID, error.error());
    assertTrue(error.trustedReturn().isEmpty());
  }

  @Test
  void requestUriIsRefusedAsUnsupported() {
    FcException error =
        assertThrows(
            FcException.class,
            () ->
                validator.validate(
                    RequestParameters.of(
                        Map.of(
                            "client_id", "sp",
                            "request_uri", "https://sp.example.gouv.fr/r/1",
                            "redirect_uri", REDIRECT,
                            "state", "s"))));

    assertEquals(FcError.REQUEST_URI_NOT_SUPPORTED, error.error());
    assertEquals("request_uri_not_supported", error.error().oidcError());
    assertEquals(REDIRECT, error.trustedReturn().orElseThrow().redirectUri());
  }
}
