package fr.fc.oidc;

import static fr.fc.oidc.AuthorizationRequestValidatorTest.ISSUER;
import static fr.fc.oidc.AuthorizationRequestValidatorTest.REDIRECT;
import static fr.fc.oidc.AuthorizationRequestValidatorTest.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.registry.RegisteredClient;
import fr.fc.registry.ResponseEncryption;
import fr.fc.shared.config.Platform;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import fr.fc.shared.request.RequestParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** FranceConnect+'s authorization request (contract section 1.2, FC+ column). */
class PlusAuthorizationRequestTest {

  private static final RegisteredClient PLUS =
      RegisteredClient.builder("plus")
          .redirectUris(Set.of(REDIRECT))
          .scopes(Set.of("openid", "profile", "rnipp_birth", "idp_birthdate"))
          .platforms(Set.of(Platform.PLUS))
          .encryption(new ResponseEncryption("https://sp.example.gouv.fr/jwks", "ECDH-ES", "A256GCM", "ECDH-ES", "A256GCM"))
          .build();
  private static final RegisteredClient STANDARD =
      RegisteredClient.builder("sp").redirectUris(Set.of(REDIRECT)).scopes(Set.of("openid", "profile", "rnipp_birth")).build();

  private final List<String> hintsChecked = new ArrayList<>();
  private final AuthorizationRequestValidator validator =
      new AuthorizationRequestValidator(
          id -> Optional.ofNullable(Map.of("plus", PLUS, "sp", STANDARD).get(id)),
          (id, acr) -> hintsChecked.add(id + "@" + acr) && "france-identite".equals(id),
          ISSUER);

  private static Map<String, String> plus(String acrValues) {
    Map<String, String> parameters = valid();
    parameters.put("client_id", "plus");
    parameters.put("scope", "openid profile");
    parameters.put("acr_values", acrValues);
    return parameters;
  }

  private String acrOf(String acrValues) {
    return validator.validate(RequestParameters.of(plus(acrValues)), Platform.PLUS).acr();
  }

  @Test
  void theLowestLevelOfThePlatformCountsAndEidas3ByDefault() {
    assertEquals("eidas2", acrOf("eidas2"));
    assertEquals("eidas3", acrOf("eidas3"));
    assertEquals("eidas2", acrOf("eidas3 eidas2"), "the lowest of several");
    assertEquals("eidas3", acrOf("eidas1"), "a value of another platform is dropped");
    assertEquals("eidas3", acrOf("unknown"));
  }

  @Test
  void anSpKeptToSomeLevelsGetsInvalidAcrBeyondThem() {
    RegisteredClient substantialOnly =
        RegisteredClient.builder("plus").redirectUris(Set.of(REDIRECT)).scopes(Set.of("openid", "profile"))
            .platforms(Set.of(Platform.PLUS)).acrs(Set.of("eidas2")).build();
    AuthorizationRequestValidator kept =
        new AuthorizationRequestValidator(id -> Optional.of(substantialOnly), (id, acr) -> false, ISSUER);

    assertEquals("eidas2", kept.validate(RequestParameters.of(plus("eidas3 eidas2")), Platform.PLUS).acr());
    FcException refused =
        assertThrows(FcException.class, () -> kept.validate(RequestParameters.of(plus("eidas3")), Platform.PLUS));

    assertEquals(FcError.ACR_NOT_SUPPORTED, refused.error());
    assertEquals(
        "acr_value is not valid, should be equal one of these values, expected eidas2, got eidas3", refused.description());
  }

  @Test
  void acrValuesAreStillRequired() {
    Map<String, String> parameters = plus("eidas2");
    parameters.remove("acr_values");

    FcException refused =
        assertThrows(FcException.class, () -> validator.validate(RequestParameters.of(parameters), Platform.PLUS));

    assertEquals(FcError.AUTHORIZE_PARAMETER_INVALID, refused.error());
  }

  @Test
  void anSpOfOnePlatformIsUnknownOnTheOther() {
    Map<String, String> standardAtPlus = plus("eidas2");
    standardAtPlus.put("client_id", "sp");

    assertEquals(
        FcError.CLIENT_UNKNOWN,
        assertThrows(FcException.class, () -> validator.validate(RequestParameters.of(standardAtPlus), Platform.PLUS)).error());
    assertEquals(
        FcError.CLIENT_UNKNOWN,
        assertThrows(FcException.class, () -> validator.validate(RequestParameters.of(plus("eidas2")), Platform.V2)).error());
    assertEquals(
        FcError.CLIENT_NOT_ON_V1,
        assertThrows(FcException.class, () -> validator.validate(RequestParameters.of(plus("eidas2")), Platform.V1)).error());
  }

  @Test
  void eachPlatformKnowsItsOwnScopes() {
    Map<String, String> parameters = plus("eidas2");
    parameters.put("scope", "openid rnipp_birth idp_birthdate");
    Map<String, String> standard = valid();
    standard.put("client_id", "sp");
    standard.put("scope", "openid profile rnipp_birth");

    assertEquals(List.of("openid", "rnipp_birth"), validator.validate(RequestParameters.of(parameters), Platform.PLUS).scopes());
    assertEquals(List.of("openid", "profile"), validator.validate(RequestParameters.of(standard)).scopes());
  }

  @Test
  void anIdpHintMustReachTheRequestedLevel() {
    Map<String, String> parameters = plus("eidas2");
    parameters.put("idp_hint", "impots");

    FcException refused =
        assertThrows(FcException.class, () -> validator.validate(RequestParameters.of(parameters), Platform.PLUS));

    assertEquals(FcError.IDP_HINT_NOT_ALLOWED, refused.error());
    assertEquals(List.of("impots@eidas2"), hintsChecked);
    assertTrue(refused.trustedReturn().orElseThrow().withIssuer(), "FC+ errors name the issuer");
  }
}
