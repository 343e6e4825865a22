package fr.fc.citizen.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.citizen.SpaceClient;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The authorize and end-session URLs: every parameter, each percent-encoded; PKCE's S256 challenge. */
class FcUrlsTest {

  private static final SpaceClient CLIENT =
      new SpaceClient(
          "fc-mon-espace", "secret", "http://localhost:7000/api/v2", "http://localhost:7000/espace/callback",
          "http://localhost:7000/espace/");
  private static final Pattern BASE64URL_32_BYTES = Pattern.compile("[A-Za-z0-9_-]{43}");

  @Test
  void authorizeUrlAsksForACodeWithEveryParameterEncoded() {
    LoginAttempt attempt = new LoginAttempt("st+ate/1", "nonce=2", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
    String url = FcUrls.authorize(CLIENT, attempt);

    assertTrue(url.startsWith("http://localhost:7000/api/v2/authorize?"), url);
    assertTrue(url.contains("&scope=openid%20given_name%20family_name%20email&"), "spaces as %20, never '+': " + url);
    assertTrue(url.contains("redirect_uri=http%3A%2F%2Flocalhost%3A7000%2Fespace%2Fcallback&"), url);
    assertTrue(url.contains("&state=st%2Bate%2F1&"), url);
    assertTrue(url.contains("&nonce=nonce%3D2&"), url);

    Map<String, String> query = query(url);
    assertEquals(
        Map.of(
            "response_type", "code",
            "client_id", "fc-mon-espace",
            "redirect_uri", "http://localhost:7000/espace/callback",
            "scope", "openid given_name family_name email",
            "acr_values", "eidas1",
            "state", "st+ate/1",
            "nonce", "nonce=2",
            "code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
            "code_challenge_method", "S256"),
        query);
  }

  @Test
  void challengeIsTheBase64urlOfTheVerifiersSha256() {
    // RFC 7636, appendix B.
    assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", Pkce.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
  }

  @Test
  void attemptsAreThreeFreshRandomValues() {
    SecureRandom random = new SecureRandom();
    LoginAttempt one = LoginAttempt.start(random);
    LoginAttempt two = LoginAttempt.start(random);
    for (String value : new String[] {one.state(), one.nonce(), one.codeVerifier()}) {
      assertTrue(BASE64URL_32_BYTES.matcher(value).matches(), value);
    }
    assertNotEquals(one.state(), one.nonce());
    assertNotEquals(one.nonce(), one.codeVerifier());
    assertNotEquals(one.state(), two.state());
    assertEquals(Pkce.challenge(one.codeVerifier()), one.codeChallenge());
    assertTrue(!one.toString().contains(one.state()), "no value in logs");
  }

  @Test
  void endSessionComesBackToTheSpace() {
    String url = FcUrls.endSession(CLIENT, "a.b.c", "s1");
    assertEquals(
        "http://localhost:7000/api/v2/session/end?id_token_hint=a.b.c"
            + "&post_logout_redirect_uri=http%3A%2F%2Flocalhost%3A7000%2Fespace%2F&state=s1",
        url);
  }

  @Test
  void encodingKeepsOnlyUnreservedCharacters() {
    assertEquals("aZ09-._~", FcUrls.encode("aZ09-._~"));
    assertEquals("%20%2B%26%3D%3F%23%2F%25", FcUrls.encode(" +&=?#/%"));
    assertEquals("%C3%A9", FcUrls.encode("\u00e9"));
    assertEquals("http://localhost:7000/api/v2/token", FcUrls.endpoint(new SpaceClient("c", "s", "http://localhost:7000/api/v2/", "r", "p"), "token"));
    assertEquals("https://fc.example:8443", FcUrls.origin("https://fc.example:8443/espace/callback"));
  }

  private static Map<String, String> query(String url) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String pair : URI.create(url).getRawQuery().split("&")) {
      String[] nameValue = pair.split("=", 2);
      parameters.put(nameValue[0], URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
    }
    return parameters;
  }
}
