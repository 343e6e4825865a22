package fr.fc.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.registry.RegisteredClient;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import fr.fc.shared.request.RequestParameters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The authorization request rules of the contract (section 1.2), one case each. */
class AuthorizationRequestValidatorTest {

  static final String REDIRECT = "https://sp.example.gouv.fr/callback";
  static final String ISSUER = "https://fc.example.gouv.fr/api/v2";
  static final RegisteredClient CLIENT =
      RegisteredClient.builder("sp").redirectUris(Set.of(REDIRECT)).scopes(Set.of("openid", "profile", "email")).build();

  private final AuthorizationRequestValidator validator =
      new AuthorizationRequestValidator(
          id -> Optional.ofNullable("sp".equals(id) ? CLIENT : null), (id, acr) -> "impots".equals(id), ISSUER);

  static Map<String, String> valid() {
    Map<String, String> parameters = new HashMap<>();
    parameters.put("response_type", "code");
    parameters.put("client_id", "sp");
    parameters.put("redirect_uri", REDIRECT);
    parameters.put("scope", "openid profile email");
    parameters.put("state", "state-1");
    parameters.put("nonce", "n".repeat(22));
    parameters.put("acr_values", "eidas1");
    return parameters;
  }

  private FcException refused(String name, String value) {
    Map<String, String> parameters = valid();
    if (value == null) {
      parameters.remove(name);
    } else {
      parameters.put(name, value);
    }
    return assertThrows(FcException.class, () -> validator.validate(RequestParameters.of(parameters)));
  }

  @Test
  void acceptsTheContractsRequest() {
    AuthorizationRequest request = validator.validate(RequestParameters.of(valid()));

    assertEquals(List.of("openid", "profile", "email"), request.scopes());
    assertEquals("eidas1", request.acr());
    assertEquals("state-1", request.state());
    assertEquals(List.of(), request.prompt());
    assertNull(request.codeChallenge());
  }

  @Test
  void clientAndRedirectUriErrorsShowThePage() {
    assertInvalid("client_id is required", refused("client_id", null));
    assertInvalid("client_id is required", refused("client_id", ""));
    assertPage(FcError.CLIENT_UNKNOWN, refused("client_id", "unknown"));
    assertInvalid("redirect_uri is required", refused("redirect_uri", null));
    assertInvalid("redirect_uri must be an absolute URL without fragment", refused("redirect_uri", "not a url"));
    for (String near : List.of(REDIRECT + "/", REDIRECT + "?x=1", "http://sp.example.gouv.fr/callback", REDIRECT.toUpperCase())) {
      assertPage(FcError.REDIRECT_URI_UNREGISTERED, refused("redirect_uri", near));
    }
  }

  /** Exact string match (ASVS 10.4.1): no variant of the registered URI is ever redirected to. */
  @Test
  void everyVariantOfTheRegisteredRedirectUriShowsThePage() {
    for (String variant :
        List.of(
            REDIRECT + "/x", // path suffix
            "https://sp.example.gouv.fr/callbac", // path prefix
            "https://sp.example.gouv.fr/%63allback", // percent-encoded letter
            "https://sp.example.gouv.fr/Callback", // case of the path
            "https://SP.example.gouv.fr/callback", // case of the host
            "https://sp.example.gouv.fr:443/callback", // explicit default port
            "https://sp.example.gouv.fr:8443/callback", // another port
            "https://sp.example.gouv.fr.evil.example/callback", // host suffix
            "https://evil.example/sp.example.gouv.fr/callback", // host in the path
            "https://sp.example.gouv.fr@evil.example/callback", // user info
            "https://evil.example@sp.example.gouv.fr/callback", // user info before the host
            REDIRECT + "?", // empty query
            REDIRECT + "?next=https://evil.example", // added query
            REDIRECT + "%00", // NUL
            REDIRECT + " " // trailing space
            )) {
      FcException refused = refused("redirect_uri", variant);
      assertTrue(refused.trustedReturn().isEmpty(), variant + " must never be redirected to");
      assertEquals(FcError.Channel.PAGE, refused.error().channel(), variant);
    }
    assertInvalid("redirect_uri must be an absolute URL without fragment", refused("redirect_uri", REDIRECT + "#x"));
  }

  @Test
  void aResponseTypeAskingForATokenIsAnsweredInTheFragment() {
    for (String hybridOrImplicit : new String[] {"code id_token", "code token", "id_token", "token", "id_token token"}) {
      FcException refused = refused("response_type", hybridOrImplicit);
      assertRedirect(FcError.RESPONSE_TYPE_UNSUPPORTED, refused);
      assertTrue(refused.trustedReturn().orElseThrow().inFragment(), hybridOrImplicit);
    }
    assertFalse(refused("response_type", "none").trustedReturn().orElseThrow().inFragment());
    assertFalse(refused("response_type", null).trustedReturn().orElseThrow().inFragment());
    assertFalse(refused("scope", "profile").trustedReturn().orElseThrow().inFragment());
  }

  @Test
  void laterErrorsGoBackToTheSpWithItsState() {
    assertRedirect(FcError.RESPONSE_TYPE_MISSING, refused("response_type", null));
    assertRedirect(FcError.RESPONSE_TYPE_UNSUPPORTED, refused("response_type", "token"));
    assertRedirect(FcError.OPENID_SCOPE_MISSING, refused("scope", "profile"));
    assertRedirect(FcError.SCOPE_NOT_ALLOWED, refused("scope", "openid birth"));
    assertRedirect(FcError.PKCE_INVALID, refused("code_challenge", "too-short"));
    FcException acr = refused("acr_values", "eidas2");
    assertRedirect(FcError.ACR_NOT_SUPPORTED, acr);
    assertEquals(
        "acr_value is not valid, should be equal one of these values, expected eidas1, got eidas2",
        acr.description());
  }

  @Test
  void aMissingStateGoesBackWithoutState() {
    FcException error = refused("state", null);

    assertEquals(FcError.STATE_MISSING, error.error());
    assertNull(error.trustedReturn().orElseThrow().state());
  }

  @Test
  void nonceAcrAndPromptErrorsShowThePageNamingTheParameter() {
    assertInvalid("nonce must be at least 22 characters", refused("nonce", "n".repeat(16)));
    assertInvalid("nonce is required", refused("nonce", null));
    assertInvalid("acr_values is required", refused("acr_values", null));
    for (String prompt : List.of("", "none", "select_account", "login none")) {
      assertInvalid("prompt must be login, consent or both", refused("prompt", prompt));
    }
  }

  @Test
  void everyParameterHasASizeLimit() {
    assertInvalid("state must be at most 512 characters", refused("state", "s".repeat(100_000)));
    assertInvalid("state must be at most 512 characters", refused("state", "s".repeat(513)));
    assertInvalid("nonce must be at most 512 characters", refused("nonce", "n".repeat(513)));
    assertInvalid("client_id must be at most 256 characters", refused("client_id", "c".repeat(257)));
    assertInvalid("each other parameter must be at most 2048 characters", refused("unknown", "u".repeat(2049)));
    for (String name : AuthorizationRequestValidator.MAX_LENGTHS.keySet()) {
      int max = AuthorizationRequestValidator.MAX_LENGTHS.get(name);
      assertInvalid(name + " must be at most " + max + " characters", refused(name, "x".repeat(max + 1)));
    }
  }

  @Test
  void valuesUpToTheLimitAreTaken() {
    Map<String, String> parameters = valid();
    parameters.put("state", "s".repeat(512));
    parameters.put("nonce", "n".repeat(512));
    parameters.put("unknown", "u".repeat(2048));

    AuthorizationRequest request = validator.validate(RequestParameters.of(parameters));

    assertEquals(512, request.state().length());
    assertEquals(512, request.nonce().length());
  }

  @Test
  void unknownScopesAndAcrsAreDropped() {
    Map<String, String> parameters = valid();
    parameters.put("scope", "openid  profile unknown_scope");
    parameters.put("acr_values", "something eidas1");

    AuthorizationRequest request = validator.validate(RequestParameters.of(parameters));

    assertEquals(List.of("openid", "profile"), request.scopes());
    assertEquals("eidas1", request.acr());
  }

  @Test
  void pkceAndPromptAreKept() {
    Map<String, String> parameters = valid();
    parameters.put("code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    parameters.put("code_challenge_method", "S256");
    parameters.put("prompt", "login consent");

    AuthorizationRequest request = validator.validate(RequestParameters.of(parameters));

    assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", request.codeChallenge());
    assertEquals(List.of("login", "consent"), request.prompt());
    assertRedirect(FcError.PKCE_INVALID, refused("code_challenge_method", "plain"));
  }

  @Test
  void amrMustBeAllowed() {
    FcException error = refused("claims", "{\"id_token\":{\"amr\":{\"essential\":true}}}");
    assertRedirect(FcError.AMR_NOT_ALLOWED, error);
    assertInvalid("claims must be a JSON object", refused("claims", "{not json"));
    assertFalse(validator.validate(RequestParameters.of(valid())).amrRequested());
  }

  @Test
  void maxAgeIsANumberOfSeconds() {
    Map<String, String> parameters = valid();
    parameters.put("max_age", "3600");
    assertEquals(3600L, validator.validate(RequestParameters.of(parameters)).maxAge());
    assertNull(validator.validate(RequestParameters.of(valid())).maxAge());
    assertInvalid("max_age must be a number of seconds", refused("max_age", "-1"));
    assertInvalid("max_age must be a number of seconds", refused("max_age", "one hour"));
  }

  @Test
  void anIdpHintMustNameAnOfferedIdp() {
    Map<String, String> parameters = valid();
    parameters.put("idp_hint", "impots");
    assertEquals("impots", validator.validate(RequestParameters.of(parameters)).idpHint());

    FcException error = refused("idp_hint", "unknown-idp");
    assertRedirect(FcError.IDP_HINT_NOT_ALLOWED, error);
    assertEquals("An idp_hint was provided but is not allowed", error.description());
  }

  /** Y030007 on fc's page, its error_description naming the parameter and saying what is wrong. */
  private static void assertInvalid(String reason, FcException error) {
    assertPage(FcError.AUTHORIZE_PARAMETER_INVALID, error);
    assertEquals("invalid authorization request: " + reason, error.description());
  }

  private static void assertPage(FcError expected, FcException error) {
    assertEquals(expected, error.error());
    assertEquals(FcError.Channel.PAGE, error.error().channel());
    assertTrue(error.trustedReturn().isEmpty(), "a page error must not redirect");
  }

  private static void assertRedirect(FcError expected, FcException error) {
    assertEquals(expected, error.error());
    assertEquals(REDIRECT, error.trustedReturn().orElseThrow().redirectUri());
    assertEquals("state-1", error.trustedReturn().orElseThrow().state());
  }
}
