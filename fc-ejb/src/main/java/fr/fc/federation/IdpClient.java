package fr.fc.federation;

import fr.fc.registry.IdentityProviderRegistration;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;

/**
 * fc's HTTP side as a client of identity providers: discovery, token exchange, ID token
 * validation and userinfo. One pooled HTTP client; metadata and keys cached per IdP.
 */
@ApplicationScoped
public class IdpClient {

  static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final Logger LOG = Logger.getLogger(IdpClient.class.getName());

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Map<String, IdpMetadata> metadata = new ConcurrentHashMap<>();
  private final Map<String, HttpsJwks> keys = new ConcurrentHashMap<>();

  /**
   * The IdP's endpoints, as registered or from its discovery document; a failure is not cached,
   * so the next login tries again.
   */
  IdpMetadata metadata(IdentityProviderRegistration idp) {
    return metadata.computeIfAbsent(idp.issuer(), issuer -> idp.endpoints().isEmpty() ? discover(idp) : registered(idp));
  }

  private static IdpMetadata registered(IdentityProviderRegistration idp) {
    Map<String, Object> document = new LinkedHashMap<>(idp.endpoints());
    document.put("issuer", idp.issuer());
    try {
      return IdpMetadata.fromDiscovery(idp.issuer(), document);
    } catch (IllegalArgumentException e) {
      throw failure(FcError.IDP_TOKEN_FAILED, idp, "unusable registered endpoints: " + e.getMessage());
    }
  }

  /** The ID token and access token for the IdP's code (client_secret_post, PKCE). */
  IdpTokens exchange(IdentityProviderRegistration idp, String code, String redirectUri, String verifier) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("code", code);
    form.put("redirect_uri", redirectUri);
    form.put("client_id", idp.clientId());
    form.put("client_secret", idp.clientSecret());
    form.put("code_verifier", verifier);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(metadata(idp).tokenEndpoint()))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(FormEncoding.encode(form)))
            .build();
    Map<String, Object> answer = json(request, FcError.IDP_TOKEN_FAILED, idp);
    if (!(answer.get("id_token") instanceof String idToken) || !(answer.get("access_token") instanceof String accessToken)) {
      throw failure(FcError.IDP_TOKEN_FAILED, idp, "token answer without id_token or access_token");
    }
    return new IdpTokens(idToken, accessToken);
  }

  /**
   * The ID token's claims once its signature (keys only from the IdP's JWKS, ES256 or RS256),
   * issuer, audience, expiry and nonce are checked.
   */
  JwtClaims validate(IdentityProviderRegistration idp, String idToken, String nonce) {
    JwtConsumer consumer =
        new JwtConsumerBuilder()
            .setRequireExpirationTime()
            .setRequireIssuedAt()
            .setRequireSubject()
            .setAllowedClockSkewInSeconds(30)
            .setExpectedIssuer(metadata(idp).issuer())
            .setExpectedAudience(idp.clientId())
            .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, "ES256", "RS256")
            .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(jwks(idp)))
            .build();
    try {
      JwtClaims claims = consumer.processToClaims(idToken);
      if (!nonce.equals(claims.getStringClaimValue("nonce"))) {
        throw failure(FcError.IDP_TOKEN_FAILED, idp, "ID token nonce does not match");
      }
      return claims;
    } catch (InvalidJwtException | MalformedClaimException e) {
      throw failure(FcError.IDP_TOKEN_FAILED, idp, "ID token refused: " + e.getMessage());
    }
  }

  /** The IdP's userinfo claims (JSON). */
  Map<String, Object> userinfo(IdentityProviderRegistration idp, String accessToken) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(metadata(idp).userinfoEndpoint()))
            .timeout(TIMEOUT)
            .header("Authorization", "Bearer " + accessToken)
            .GET()
            .build();
    return json(request, FcError.IDP_USERINFO_FAILED, idp);
  }

  private IdpMetadata discover(IdentityProviderRegistration idp) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(idp.issuer() + "/.well-known/openid-configuration"))
            .timeout(TIMEOUT)
            .GET()
            .build();
    try {
      return IdpMetadata.fromDiscovery(idp.issuer(), json(request, FcError.IDP_TOKEN_FAILED, idp));
    } catch (IllegalArgumentException e) {
      throw failure(FcError.IDP_TOKEN_FAILED, idp, "unusable discovery: " + e.getMessage());
    }
  }

  private HttpsJwks jwks(IdentityProviderRegistration idp) {
    return keys.computeIfAbsent(idp.issuer(), issuer -> new HttpsJwks(metadata(idp).jwksUri()));
  }

  private Map<String, Object> json(HttpRequest request, FcError error, IdentityProviderRegistration idp) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw failure(error, idp, request.uri().getPath() + " answered " + response.statusCode());
      }
      return JsonUtil.parseJson(response.body());
    } catch (IOException | JoseException e) {
      throw failure(error, idp, request.uri().getPath() + " failed: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure(error, idp, "interrupted");
    }
  }

  private static FcException failure(FcError error, IdentityProviderRegistration idp, String detail) {
    LOG.warning(() -> "IdP " + idp.id() + ": " + detail);
    return new FcException(error);
  }


  /** What the IdP's token endpoint answered. */
  record IdpTokens(String idToken, String accessToken) {}
}
