package fr.fc.oidc;

import static fr.fc.oidc.TokenFixtures.CLIENT_ID;
import static fr.fc.oidc.TokenFixtures.SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.fc.shared.request.RequestParameters;
import fr.fc.registry.RegisteredClient;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Client authentication at the token endpoint: client_secret_post or client_secret_basic, once. */
class ClientAuthenticationTest {

  static final String ODD_ID = "sp:é 1";
  static final String ODD_SECRET = "s3cr+t/=:% ü";

  private final ClientAuthentication authentication =
      new ClientAuthentication(
          TokenFixtures.registry(TokenFixtures.client(), TokenFixtures.client(ODD_ID, ODD_SECRET, "ES256")));

  /** RFC 6749 section 2.3.1: each part form-url-encoded, then joined by a colon and base64. */
  static String basic(String clientId, String secret) {
    String pair = formEncoded(clientId) + ":" + formEncoded(secret);
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  private static String formEncoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static RequestParameters form(String clientId, String secret) {
    Map<String, String> form = new HashMap<>();
    if (clientId != null) {
      form.put("client_id", clientId);
    }
    if (secret != null) {
      form.put("client_secret", secret);
    }
    return RequestParameters.of(form);
  }

  private void refused(RequestParameters form, String authorization) {
    refused(form, authorization, FcError.CLIENT_AUTHENTICATION_FAILED);
  }

  private void refused(RequestParameters form, String authorization, FcError expected) {
    FcException refused =
        assertThrows(FcException.class, () -> authentication.authenticate(form, authorization));
    assertEquals(expected, refused.error());
    assertEquals("invalid_client", refused.error().oidcError());
    assertEquals(401, refused.error().httpStatus());
  }

  @Test
  void clientSecretPostAuthenticatesTheClient() {
    RegisteredClient client = authentication.authenticate(form(CLIENT_ID, SECRET), null);

    assertEquals(CLIENT_ID, client.clientId());
  }

  @Test
  void clientSecretBasicAuthenticatesTheClient() {
    assertEquals(CLIENT_ID, authentication.authenticate(form(null, null), basic(CLIENT_ID, SECRET)).clientId());
  }

  @Test
  void clientSecretBasicDecodesFormUrlEncodedIdAndSecret() {
    RegisteredClient client = authentication.authenticate(form(null, null), basic(ODD_ID, ODD_SECRET));

    assertEquals(ODD_ID, client.clientId());
  }

  @Test
  void basicSchemeIsCaseInsensitive() {
    String authorization = "bAsIc " + basic(CLIENT_ID, SECRET).substring("Basic ".length());

    assertEquals(CLIENT_ID, authentication.authenticate(form(null, null), authorization).clientId());
  }

  @Test
  void clientSecretBasicAcceptsTheSameClientIdInTheForm() {
    assertEquals(
        CLIENT_ID, authentication.authenticate(form(CLIENT_ID, null), basic(CLIENT_ID, SECRET)).clientId());
  }

  @Test
  void clientSecretBasicRefusesAnotherClientIdInTheForm() {
    refused(form(ODD_ID, null), basic(CLIENT_ID, SECRET), FcError.CLIENT_AUTHENTICATION_INVALID);
  }

  @Test
  void bothMethodsAtOnceAreRefused() {
    refused(form(CLIENT_ID, SECRET), basic(CLIENT_ID, SECRET), FcError.CLIENT_AUTHENTICATION_INVALID);
  }

  @Test
  void noMethodIsRefused() {
    refused(form(null, null), null, FcError.CLIENT_AUTHENTICATION_INVALID);
    refused(form(CLIENT_ID, null), null, FcError.CLIENT_AUTHENTICATION_INVALID);
    refused(form(CLIENT_ID, ""), null, FcError.CLIENT_AUTHENTICATION_INVALID);
  }

  @Test
  void aWrongSecretIsRefusedWhicheverTheMethod() {
    refused(form(CLIENT_ID, "wrong"), null);
    refused(form(null, null), basic(CLIENT_ID, "wrong"));
  }

  @Test
  void anUnknownClientIsRefused() {
    refused(form("unknown", SECRET), null);
    refused(form(null, null), basic("unknown", SECRET));
  }

  @Test
  void aMalformedBasicHeaderIsRefused() {
    refused(form(null, null), "Basic not-base64!");
    refused(form(null, null), "Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes()));
    refused(form(null, null), "Basic " + Base64.getEncoder().encodeToString("sp:".getBytes()));
    refused(form(null, null), "Basic " + Base64.getEncoder().encodeToString("sp:%zz".getBytes()));
    refused(form(null, null), "Bearer " + SECRET);
  }

  @Test
  void theClaimedClientIsTheBasicHeadersElseTheForms() {
    assertEquals(CLIENT_ID, ClientAuthentication.claimedClientId("other", basic(CLIENT_ID, "wrong")));
    assertEquals("other", ClientAuthentication.claimedClientId("other", null));
    assertEquals("other", ClientAuthentication.claimedClientId("other", "Basic not-base64!"));
    assertEquals(null, ClientAuthentication.claimedClientId(null, null));
  }
}
