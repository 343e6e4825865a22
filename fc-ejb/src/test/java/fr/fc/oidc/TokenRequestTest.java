package fr.fc.oidc;

import static fr.fc.oidc.TokenFixtures.CHALLENGE;
import static fr.fc.oidc.TokenFixtures.REDIRECT;
import static fr.fc.oidc.TokenFixtures.VERIFIER;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.fc.shared.request.RequestParameters;
import fr.fc.session.AuthorizationCode;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The token request's own rules (contract section 1.3, RFC 6749 section 4.1.3, RFC 7636). */
class TokenRequestTest {

  static Map<String, String> form() {
    Map<String, String> form = new HashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("code", "code-1");
    form.put("redirect_uri", REDIRECT);
    return form;
  }

  private static FcError parseError(String name, String value) {
    Map<String, String> form = form();
    if (value == null) {
      form.remove(name);
    } else {
      form.put(name, value);
    }
    return assertThrows(FcException.class, () -> TokenRequest.parse(RequestParameters.of(form))).error();
  }

  private static FcError verifyError(TokenRequest request, AuthorizationCode grant) {
    return assertThrows(FcException.class, () -> request.verify(grant)).error();
  }

  @Test
  void readsCodeRedirectUriAndVerifier() {
    Map<String, String> form = form();
    form.put("code_verifier", VERIFIER);

    assertEquals(new TokenRequest("code-1", REDIRECT, VERIFIER), TokenRequest.parse(RequestParameters.of(form)));
    assertNull(TokenRequest.parse(RequestParameters.of(form())).codeVerifier());
  }

  @Test
  void anotherGrantTypeIsUnsupported() {
    FcError error = parseError("grant_type", "password");

    assertEquals(FcError.GRANT_TYPE_UNSUPPORTED, error);
    assertEquals("unsupported_grant_type", error.oidcError());
    assertEquals(400, error.httpStatus());
  }

  @Test
  void aMissingGrantTypeIsRefused() {
    assertEquals(FcError.GRANT_TYPE_MISSING, parseError("grant_type", null));
    assertEquals(FcError.GRANT_TYPE_MISSING, parseError("grant_type", ""));
  }

  @Test
  void aMissingCodeIsTheContractsInvalidRequest() {
    FcError error = parseError("code", null);

    assertEquals(FcError.CODE_MISSING, error);
    assertEquals("Y048017B", error.code());
    assertEquals("invalid_request", error.oidcError());
    assertEquals(FcError.CODE_MISSING, parseError("code", ""));
  }

  @Test
  void theRedirectUriMustBeTheAuthorizationRequestsOne() {
    AuthorizationCode grant = TokenFixtures.grant();

    assertDoesNotThrow(() -> new TokenRequest("code-1", REDIRECT, null).verify(grant));
    assertEquals(FcError.REDIRECT_URI_MISMATCH, verifyError(new TokenRequest("code-1", REDIRECT + "/", null), grant));
    assertEquals(FcError.REDIRECT_URI_MISMATCH, verifyError(new TokenRequest("code-1", null, null), grant));
    assertEquals("invalid_grant", FcError.REDIRECT_URI_MISMATCH.oidcError());
  }

  @Test
  void aChallengedCodeNeedsItsVerifier() {
    AuthorizationCode grant = TokenFixtures.grant("code-1", CHALLENGE, false);

    assertDoesNotThrow(() -> new TokenRequest("code-1", REDIRECT, VERIFIER).verify(grant));
    assertEquals(FcError.PKCE_MISMATCH, verifyError(new TokenRequest("code-1", REDIRECT, null), grant));
    assertEquals(
        FcError.PKCE_MISMATCH, verifyError(new TokenRequest("code-1", REDIRECT, "x".repeat(43)), grant));
    assertEquals("invalid_grant", FcError.PKCE_MISMATCH.oidcError());
  }

  @Test
  void aVerifierWithoutChallengeIsRefused() {
    assertEquals(
        FcError.PKCE_MISMATCH, verifyError(new TokenRequest("code-1", REDIRECT, VERIFIER), TokenFixtures.grant()));
  }
}
