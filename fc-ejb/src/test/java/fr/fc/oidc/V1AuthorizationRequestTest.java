package fr.fc.oidc;

import static fr.fc.oidc.AuthorizationRequestValidatorTest.ISSUER;
import static fr.fc.oidc.AuthorizationRequestValidatorTest.REDIRECT;
import static fr.fc.oidc.AuthorizationRequestValidatorTest.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.registry.RegisteredClient;
import fr.fc.shared.config.Platform;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import fr.fc.shared.request.RequestParameters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The v1 authorization request (contract section 1.2, v1 column): an HS256 SP, acr optional, no iss back. */
class V1AuthorizationRequestTest {

  private static final String SECRET = "a-legacy-secret-of-at-least-32-bytes!";
  private static final RegisteredClient LEGACY =
      RegisteredClient.builder("legacy")
          .redirectUris(Set.of(REDIRECT))
          .scopes(Set.of("openid", "profile"))
          .signing("HS256", SECRET)
          .build();
  private static final RegisteredClient ES256 =
      RegisteredClient.builder("sp").redirectUris(Set.of(REDIRECT)).scopes(Set.of("openid", "profile")).build();

  private final AuthorizationRequestValidator validator =
      new AuthorizationRequestValidator(
          id -> Optional.ofNullable(Map.of("legacy", LEGACY, "sp", ES256).get(id)), (id, acr) -> "impots".equals(id), ISSUER);

  private static Map<String, String> v1(String clientId) {
    Map<String, String> parameters = valid();
    parameters.put("client_id", clientId);
    parameters.put("scope", "openid profile");
    return parameters;
  }

  @Test
  void anHs256SpIsServedAndWhatV2AddedIsIgnored() {
    Map<String, String> parameters = v1("legacy");
    parameters.remove("acr_values");
    parameters.put("prompt", "login");
    parameters.put("idp_hint", "impots");
    parameters.put("code_challenge", "x".repeat(43));
    parameters.put("code_challenge_method", "S256");

    AuthorizationRequest request = validator.validate(RequestParameters.of(parameters), Platform.V1);

    assertEquals(Platform.V1, request.platform());
    assertEquals("eidas1", request.acr(), "acr_values is optional on v1");
    assertEquals(List.of(), request.prompt());
    assertNull(request.idpHint());
    assertTrue(request.pkceChallenge().isEmpty());
  }

  @Test
  void anSpWhoseSecretFcDoesNotKeepIsRefusedOnV1Only() {
    FcException refused =
        assertThrows(FcException.class, () -> validator.validate(RequestParameters.of(v1("sp")), Platform.V1));

    assertEquals(FcError.CLIENT_NOT_ON_V1, refused.error());
    assertTrue(refused.trustedReturn().isEmpty(), "fc's page, not a redirect");
    assertEquals(Platform.V2, validator.validate(RequestParameters.of(v1("sp"))).platform());
  }

  @Test
  void errorsGoBackToTheSpWithoutIss() {
    Map<String, String> parameters = v1("legacy");
    parameters.put("acr_values", "eidas2");

    FcException refused =
        assertThrows(FcException.class, () -> validator.validate(RequestParameters.of(parameters), Platform.V1));

    assertEquals(FcError.ACR_NOT_SUPPORTED, refused.error());
    assertFalse(refused.trustedReturn().orElseThrow().withIssuer());
    Map<String, String> v2 = v1("legacy");
    v2.put("acr_values", "eidas2");
    FcException onV2 = assertThrows(FcException.class, () -> validator.validate(RequestParameters.of(v2)));
    assertTrue(onV2.trustedReturn().orElseThrow().withIssuer());
  }
}
