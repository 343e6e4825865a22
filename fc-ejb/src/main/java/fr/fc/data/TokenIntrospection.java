package fr.fc.data;

import fr.fc.registry.RegisteredDataProvider;
import fr.fc.session.AccessToken;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the v2 checktoken tells a data provider about an access token (RFC 7662, contract section
 * 3.2): whose it is (the SP), about whom (the provider's own pairwise sub and the register's
 * identity, on every platform: {@link RegisteredIdentity}), and only the granted scopes that this
 * provider serves.
 */
final class TokenIntrospection {

  static final List<String> IDENTITY_CLAIMS =
      List.of("given_name", "given_name_array", "family_name", "birthdate", "gender", "birthplace", "birthcountry");

  private TokenIntrospection() {}

  static Map<String, Object> inactive() {
    return Map.of("active", false);
  }

  /**
   * The introspection of what the store holds for the token: inactive when it holds nothing (an
   * unknown or revoked token) or a token expired at {@code now}.
   *
   * @param providerSub the citizen's pairwise sub for this provider, of a live token
   */
  static Map<String, Object> of(
      Optional<AccessToken> stored, long now, RegisteredDataProvider dp, Function<AccessToken, String> providerSub) {
    return stored
        .filter(token -> !token.isExpiredAt(now))
        .map(token -> active(token, dp, providerSub.apply(token)))
        .orElseGet(TokenIntrospection::inactive);
  }

  /**
   * @param providerSub the citizen's pairwise sub for this provider
   */
  static Map<String, Object> active(AccessToken token, RegisteredDataProvider dp, String providerSub) {
    Map<String, Object> introspection = new LinkedHashMap<>();
    introspection.put("active", true);
    introspection.put("aud", token.clientId());
    introspection.put("sub", providerSub);
    introspection.put("iat", token.issuedAt());
    introspection.put("exp", token.expiresAt());
    introspection.put("acr", token.acr());
    introspection.put("jti", jti(token.token()));
    introspection.put("scope", token.scopes().stream().filter(dp::serves).collect(Collectors.joining(" ")));
    Map<String, Object> registered = RegisteredIdentity.of(token);
    IDENTITY_CLAIMS.forEach(claim -> introspection.put(claim, registered.get(claim)));
    return introspection;
  }

  /** Names the token without giving it back: its SHA-256, base64url. */
  static String jti(String token) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
