package fr.fc.oidc;

import fr.fc.shared.config.Platform;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * A validated authorization request of a service provider (contract section 1.2).
 *
 * @param scopes the requested scopes fc knows, unknown ones dropped
 * @param acr the acr fc will authenticate at
 * @param prompt the prompt values (login, consent), possibly empty
 * @param codeChallenge the S256 PKCE challenge, or null when the SP sent none
 * @param amrRequested whether the claims parameter asks for amr in the ID token
 * @param idpHint the IdP the SP asks fc to use, or null
 * @param uiLocales the SP's ui_locales, or null
 * @param maxAge the SP's max_age in seconds (OIDC Core 3.1.2.1): an older authentication is not
 *     reused; null when the SP sent none
 * @param platform the API the request came through
 */
public record AuthorizationRequest(
    String clientId,
    String redirectUri,
    List<String> scopes,
    String state,
    String nonce,
    String acr,
    List<String> prompt,
    String codeChallenge,
    boolean amrRequested,
    String idpHint,
    String uiLocales,
    Long maxAge,
    Platform platform)
    implements Serializable {

  public AuthorizationRequest {
    scopes = List.copyOf(scopes);
    prompt = List.copyOf(prompt);
  }

  /** A request of the v2 platform. */
  public AuthorizationRequest(
      String clientId, String redirectUri, List<String> scopes, String state, String nonce, String acr,
      List<String> prompt, String codeChallenge, boolean amrRequested, String idpHint, String uiLocales, Long maxAge) {
    this(clientId, redirectUri, scopes, state, nonce, acr, prompt, codeChallenge, amrRequested, idpHint, uiLocales,
        maxAge, Platform.V2);
  }

  public Optional<String> pkceChallenge() {
    return Optional.ofNullable(codeChallenge);
  }
}
