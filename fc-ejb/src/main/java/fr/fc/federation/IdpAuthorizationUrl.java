package fr.fc.federation;

import fr.fc.oidc.ProviderMetadata;
import fr.fc.registry.IdentityProviderRegistration;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** fc's authorization request to an IdP (contract section 2.1, "How FC calls the IdP"). */
final class IdpAuthorizationUrl {

  /** The v2 standard platform's scopes at its IdPs. */
  static final String SCOPE = "openid profile email birth";

  private IdpAuthorizationUrl() {}

  static URI of(IdpMetadata metadata, IdentityProviderRegistration idp, IdpLogin login, String callbackUri) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    query.put("client_id", idp.clientId());
    query.put("redirect_uri", callbackUri);
    query.put("scope", SCOPE);
    query.put("state", login.state());
    query.put("nonce", login.nonce());
    query.put("acr_values", ProviderMetadata.ACR_EIDAS1);
    query.put("prompt", "login");
    query.put("code_challenge", s256(login.codeVerifier()));
    query.put("code_challenge_method", "S256");
    String separator = metadata.authorizationEndpoint().contains("?") ? "&" : "?";
    return URI.create(
        metadata.authorizationEndpoint()
            + separator
            + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
  }

  /** RFC 7636 S256: BASE64URL(SHA256(ASCII(verifier))). */
  static String s256(String verifier) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
