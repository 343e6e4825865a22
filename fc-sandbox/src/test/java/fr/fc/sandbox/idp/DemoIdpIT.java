package fr.fc.sandbox.idp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.sandbox.SandboxApplication;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo IdPs on Payara Micro, driven over HTTP as fc drives them: the whole code flow, then what
 * must fail. The container picks a random port, so the issuer stays the configured one
 * (fc.sandbox.base-url) while the requests go to the deployment's relative paths.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoIdpIT {

  static final String ISSUER = "http://localhost:7100/idp/impots";
  static final String CALLBACK = "http://localhost:7000/api/v2/oidc-callback";
  static final String LOGOUT_CALLBACK = "http://localhost:7000/api/v2/client/logout-callback";
  static final String SECRET = "sandbox-idp-secret-for-demo-only";
  static final String VERIFIER = PkceTest.VERIFIER;
  static final Pattern REQUEST_ID = Pattern.compile("name=\"request\" value=\"([^\"]+)\"");

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.create(WebArchive.class, "fc-sandbox-idp.war")
        .addPackages(
            false,
            Filters.exclude(".*/(Test\\w*|\\w*Test|\\w*IT)(\\$.*)?\\.class"),
            SandboxApplication.class.getPackage(),
            DemoIdp.class.getPackage())
        .addPackages(true, "org.jose4j", "org.slf4j")
        .addAsResource("fr/fc/sandbox/idp/accounts.csv")
        .addAsResource("fr/fc/sandbox/idp/messages_fr.properties")
        .addAsResource("fr/fc/sandbox/idp/messages_en.properties")
        .addAsResource("fr/fc/sandbox/idp/account-guide_fr.properties")
        .addAsResource("fr/fc/sandbox/idp/account-guide_en.properties")
        .addAsResource("META-INF/microprofile-config.properties");
  }

  @Test
  void announcesItsEndpointsUnderItsIssuer() throws Exception {
    HttpResponse<String> response = get("idp/impots/.well-known/openid-configuration");

    assertEquals(200, response.statusCode());
    Map<String, Object> metadata = JsonUtil.parseJson(response.body());
    assertEquals(ISSUER, metadata.get("issuer"));
    assertEquals(ISSUER + "/authorize", metadata.get("authorization_endpoint"));
    assertEquals(ISSUER + "/token", metadata.get("token_endpoint"));
    assertEquals(ISSUER + "/jwks", metadata.get("jwks_uri"));
    assertEquals(List.of("ES256"), metadata.get("id_token_signing_alg_values_supported"));
    assertEquals(List.of("S256"), metadata.get("code_challenge_methods_supported"));
  }

  @Test
  void logsTestInThroughTheWholeCodeFlow() throws Exception {
    HttpResponse<String> page = authorize(authorization("acr_values", "eidas1"));
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<html lang=\"fr\">"));
    assertTrue(page.body().contains("Impots.gouv (démonstration)"));
    assertTrue(page.body().contains("Se connecter"));

    HttpResponse<String> loggedIn = login(requestId(page), "test", "123");
    assertEquals(302, loggedIn.statusCode());
    Map<String, String> callback = callback(loggedIn, CALLBACK);
    assertEquals("state-1", callback.get("state"));
    assertEquals(ISSUER, callback.get("iss"));

    HttpResponse<String> tokens = token(callback.get("code"), VERIFIER, basic(SECRET));
    assertEquals(200, tokens.statusCode(), tokens.body());
    assertEquals("no-store", tokens.headers().firstValue("Cache-Control").orElse(""));
    Map<String, Object> answer = JsonUtil.parseJson(tokens.body());
    assertEquals("Bearer", answer.get("token_type"));
    assertEquals(60L, answer.get("expires_in"));

    JwtClaims idToken = verified((String) answer.get("id_token"));
    assertEquals("nonce-1", idToken.getClaimValue("nonce"));
    assertEquals("eidas1", idToken.getClaimValue("acr"));
    assertEquals(List.of("pwd"), idToken.getStringListClaimValue("amr"));

    HttpResponse<String> userinfo = userinfo((String) answer.get("access_token"));
    assertEquals(200, userinfo.statusCode());
    assertTrue(
        userinfo.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    Map<String, Object> claims = JsonUtil.parseJson(userinfo.body());
    assertEquals(idToken.getSubject(), claims.get("sub"));
    assertEquals("Angela Claire Louise", claims.get("given_name"));
    assertEquals("DUBOIS", claims.get("family_name"));
    assertEquals("1962-08-24", claims.get("birthdate"));
    assertEquals("75107", claims.get("birthplace"));
  }

  @Test
  void showsTheFormAgainAfterAWrongPassword() throws Exception {
    String requestId = requestId(authorize(authorization()));

    HttpResponse<String> wrong = login(requestId, "test", "wrong");
    assertEquals(401, wrong.statusCode());
    assertTrue(wrong.body().contains("Identifiant ou mot de passe incorrect"));
    assertTrue(wrong.headers().firstValue("Location").isEmpty());

    assertEquals(302, login(requestId, "test", "123").statusCode());
  }

  @Test
  void redeemsACodeOnlyOnceAndAcceptsClientSecretPost() throws Exception {
    String code = code("test");
    String post = "client_id=fc&client_secret=" + SECRET;

    assertEquals(200, token(code, VERIFIER, null, post).statusCode());
    HttpResponse<String> again = token(code, VERIFIER, null, post);
    assertEquals(400, again.statusCode());
    assertEquals("invalid_grant", JsonUtil.parseJson(again.body()).get("error"));
  }

  @Test
  void refusesAWrongCodeVerifier() throws Exception {
    HttpResponse<String> response = token(code("test"), VERIFIER.replace('d', 'x'), basic(SECRET));

    assertEquals(400, response.statusCode());
    assertEquals("invalid_grant", JsonUtil.parseJson(response.body()).get("error"));
  }

  @Test
  void refusesAWrongClientSecret() throws Exception {
    HttpResponse<String> response = token(code("test"), VERIFIER, basic("guess"));

    assertEquals(401, response.statusCode());
    assertEquals("invalid_client", JsonUtil.parseJson(response.body()).get("error"));
    assertTrue(response.headers().firstValue("WWW-Authenticate").isPresent());
  }

  @Test
  void refusesAnUnknownAccessToken() throws Exception {
    HttpResponse<String> response = userinfo("not-a-token");

    assertEquals(401, response.statusCode());
    assertEquals("invalid_token", JsonUtil.parseJson(response.body()).get("error"));
    assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
  }

  @Test
  void leavesOutAClaimTheAccountLacks() throws Exception {
    String accessToken = accessToken(code("sans_email"));

    Map<String, Object> claims = JsonUtil.parseJson(userinfo(accessToken).body());
    assertFalse(claims.containsKey("email"));
    assertEquals("LAMBERT", claims.get("family_name"));
  }

  @Test
  void showsAnErrorPageForAnUnknownRedirectUri() throws Exception {
    HttpResponse<String> response =
        authorize(authorization().replace(encode(CALLBACK), encode("https://evil.example/cb")));

    assertEquals(400, response.statusCode());
    assertTrue(response.headers().firstValue("Location").isEmpty());
    assertTrue(response.body().contains("<h1>Une erreur est survenue</h1>"));
  }

  @Test
  void sendsInvalidRequestsBackToFc() throws Exception {
    HttpResponse<String> response = authorize(authorization().replace("&nonce=nonce-1", ""));

    Map<String, String> callback = callback(response, CALLBACK);
    assertEquals("invalid_request", callback.get("error"));
    assertEquals("state-1", callback.get("state"));
  }

  @Test
  void failsOnPurposeForErreurIdp() throws Exception {
    HttpResponse<String> response =
        login(requestId(authorize(authorization())), "erreur_idp", "123");

    Map<String, String> callback = callback(response, CALLBACK);
    assertEquals("server_error", callback.get("error"));
    assertEquals("demo IdP failure", callback.get("error_description"));
    assertFalse(callback.containsKey("code"));
  }

  @Test
  void goesBackToFranceConnectWhenTheUserGivesUp() throws Exception {
    String requestId = requestId(authorize(authorization()));

    Map<String, String> callback =
        callback(get("idp/impots/cancel?request=" + requestId), CALLBACK);
    assertEquals("access_denied", callback.get("error"));
    assertEquals("user authentication aborted", callback.get("error_description"));
    assertEquals("state-1", callback.get("state"));
  }

  @Test
  void speaksEnglishWhenAsked() throws Exception {
    HttpResponse<String> page = authorize(authorization("ui_locales", "en"));

    assertTrue(page.body().contains("<html lang=\"en\">"));
    assertTrue(page.body().contains("Sign in"));
  }

  @Test
  void endsTheSessionAndGoesBackToFc() throws Exception {
    String code = code("test");
    Map<String, Object> tokens = JsonUtil.parseJson(token(code, VERIFIER, basic(SECRET)).body());
    String query =
        "id_token_hint="
            + tokens.get("id_token")
            + "&state=logout-1&post_logout_redirect_uri="
            + encode(LOGOUT_CALLBACK);

    HttpResponse<String> response = get("idp/impots/session/end?" + query);

    assertEquals("logout-1", callback(response, LOGOUT_CALLBACK).get("state"));
    assertEquals(401, userinfo((String) tokens.get("access_token")).statusCode());
  }

  @Test
  void saysLoggedOutWhenTheReturnUriIsNotRegistered() throws Exception {
    HttpResponse<String> response =
        get("idp/impots/session/end?post_logout_redirect_uri=" + encode("https://evil.example/"));

    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("Vous êtes déconnecté"));
  }

  @Test
  void givesEachIdpItsOwnIssuerAndKey() throws Exception {
    Map<String, Object> ameli =
        JsonUtil.parseJson(get("idp/ameli/.well-known/openid-configuration").body());

    assertEquals("http://localhost:7100/idp/ameli", ameli.get("issuer"));
    assertNotEquals(get("idp/impots/jwks").body(), get("idp/ameli/jwks").body());
    assertEquals(404, get("idp/unknown/.well-known/openid-configuration").statusCode());
  }

  /** The query of a valid authorization request with PKCE, then the given parameters. */
  private static String authorization(String... more) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("response_type", "code");
    parameters.put("client_id", "fc");
    parameters.put("redirect_uri", CALLBACK);
    parameters.put("scope", "openid profile email birth");
    parameters.put("state", "state-1");
    parameters.put("nonce", "nonce-1");
    parameters.put("prompt", "login");
    parameters.put("code_challenge", PkceTest.CHALLENGE);
    parameters.put("code_challenge_method", "S256");
    for (int i = 0; i < more.length; i += 2) {
      parameters.put(more[i], more[i + 1]);
    }
    return parameters.entrySet().stream()
        .map(parameter -> parameter.getKey() + "=" + encode(parameter.getValue()))
        .collect(Collectors.joining("&"));
  }

  private String code(String login) throws Exception {
    HttpResponse<String> loggedIn = login(requestId(authorize(authorization())), login, "123");
    return callback(loggedIn, CALLBACK).get("code");
  }

  private String accessToken(String code) throws Exception {
    return (String)
        JsonUtil.parseJson(token(code, VERIFIER, basic(SECRET)).body()).get("access_token");
  }

  private HttpResponse<String> authorize(String query) throws Exception {
    return get("idp/impots/authorize?" + query);
  }

  private HttpResponse<String> login(String requestId, String login, String password)
      throws Exception {
    return post(
        "idp/impots/login",
        null,
        "request=" + requestId + "&login=" + encode(login) + "&password=" + encode(password));
  }

  private HttpResponse<String> token(String code, String verifier, String authorization)
      throws Exception {
    return token(code, verifier, authorization, "");
  }

  private HttpResponse<String> token(
      String code, String verifier, String authorization, String clientForm) throws Exception {
    String form =
        "grant_type=authorization_code&code="
            + code
            + "&redirect_uri="
            + encode(CALLBACK)
            + "&code_verifier="
            + verifier
            + (clientForm.isEmpty() ? "" : "&" + clientForm);
    return post("idp/impots/token", authorization, form);
  }

  private HttpResponse<String> userinfo(String accessToken) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(url("idp/impots/userinfo"))
            .header("Authorization", "Bearer " + accessToken)
            .GET()
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private JwtClaims verified(String idToken) throws Exception {
    JsonWebKeySet jwks = new JsonWebKeySet(get("idp/impots/jwks").body());
    return new JwtConsumerBuilder()
        .setVerificationKeyResolver(new JwksVerificationKeyResolver(jwks.getJsonWebKeys()))
        .setJwsAlgorithmConstraints(
            AlgorithmConstraints.ConstraintType.PERMIT,
            AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256)
        .setExpectedIssuer(ISSUER)
        .setExpectedAudience("fc")
        .setRequireExpirationTime()
        .setRequireIssuedAt()
        .setRequireSubject()
        .build()
        .processToClaims(idToken);
  }

  private static String requestId(HttpResponse<String> loginPage) {
    Matcher matcher = REQUEST_ID.matcher(loginPage.body());
    assertTrue(matcher.find(), "no login form in: " + loginPage.body());
    return matcher.group(1);
  }

  /** The parameters of a redirect to the expected callback. */
  private static Map<String, String> callback(HttpResponse<String> response, String expected) {
    assertEquals(302, response.statusCode(), response.body());
    URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
    assertEquals(
        expected, location.getScheme() + "://" + location.getAuthority() + location.getPath());
    Map<String, String> parameters = new HashMap<>();
    Arrays.stream(location.getRawQuery().split("&"))
        .map(parameter -> parameter.split("=", 2))
        .forEach(
            pair -> parameters.put(pair[0], URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    return parameters;
  }

  private static String basic(String secret) {
    String pair = "fc:" + secret;
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String authorization, String form)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI url(String path) throws Exception {
    return base.toURI().resolve(path);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
