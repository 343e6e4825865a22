package fr.fc.federation;

import fr.fc.crypto.EncryptionKeys;
import fr.fc.registry.IdentityProviderRegistration;
import fr.fc.shared.config.Configuration;
import fr.fc.shared.config.Setting;
import fr.fc.shared.config.Settings;
import fr.fc.shared.error.FcError;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import org.jose4j.http.Get;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwt.JwtClaims;

/**
 * fc's HTTP side as a client of identity providers: discovery, token exchange, ID token
 * validation and userinfo. One pooled HTTP client; metadata and keys cached per IdP.
 */
@ApplicationScoped
public class IdpClient {

  private static final Logger LOG = Logger.getLogger(IdpClient.class.getName());

  @EJB private Configuration configuration;
  @EJB private EncryptionKeys encryptionKeys;

  private HttpClient http;
  private Duration timeout;
  private Duration connectTimeout;
  private final Map<String, IdpMetadata> metadata = new ConcurrentHashMap<>();
  private final Map<String, HttpsJwks> keys = new ConcurrentHashMap<>();

  @PostConstruct
  void connect() {
    Settings settings = configuration.settings();
    timeout = settings.duration(Setting.IDP_TIMEOUT);
    connectTimeout = settings.duration(Setting.IDP_CONNECT_TIMEOUT);
    // HTTP/1.1 on pooled connections: no HTTP/2 upgrade attempt on every new cleartext connection.
    http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(connectTimeout)
            .build();
  }

  /**
   * The IdP's endpoints, as registered or from its discovery document; a failure is not cached,
   * so the next login tries again.
   */
  IdpMetadata metadata(IdentityProviderRegistration idp) {
    // Keyed by what the registration says, so that an operator's change of its endpoints takes effect.
    String registered = idp.issuer() + " " + new java.util.TreeMap<>(idp.endpoints());
    return metadata.computeIfAbsent(registered, key -> idp.endpoints().isEmpty() ? discover(idp) : registered(idp));
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
            .timeout(timeout)
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
   * The ID token's claims once decrypted when the IdP encrypts, and its signature (the IdP's
   * registered algorithm only), issuer, audience, expiry and nonce checked.
   */
  JwtClaims validate(IdentityProviderRegistration idp, String idToken, String nonce) {
    try {
      String signed = IdpDecryption.open(idToken, idp.idTokenEncryption(), encryptionKeys.keys());
      return IdpIdTokenCheck.check(
          signed, signature(idp, idp.idTokenSigningAlg()), metadata(idp).issuer(), idp.clientId(), nonce);
    } catch (IllegalArgumentException e) {
      throw failure(FcError.IDP_TOKEN_FAILED, idp, "ID token refused: " + e.getMessage());
    }
  }

  /**
   * The IdP's userinfo claims: JSON, or a JWT signed with its registered userinfo algorithm; a JWT
   * in a JWE to fc's keys, the only form accepted, when the IdP encrypts.
   */
  Map<String, Object> userinfo(IdentityProviderRegistration idp, String accessToken) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(metadata(idp).userinfoEndpoint()))
            .timeout(timeout)
            .header("Authorization", "Bearer " + accessToken)
            .GET()
            .build();
    HttpResponse<String> response = send(request, FcError.IDP_USERINFO_FAILED, idp);
    try {
      String contentType = response.headers().firstValue("Content-Type").orElse(null);
      if (idp.userinfoEncryption() != null && !IdpUserinfo.isJwt(contentType)) {
        throw new IllegalArgumentException("not a JWT, though registered as encrypted");
      }
      return IdpUserinfo.claims(
          contentType,
          IdpDecryption.open(response.body().trim(), idp.userinfoEncryption(), encryptionKeys.keys()),
          signature(idp, idp.userinfoSigningAlg()),
          metadata(idp).issuer(),
          idp.clientId());
    } catch (IllegalArgumentException e) {
      throw failure(FcError.IDP_USERINFO_FAILED, idp, "userinfo refused: " + e.getMessage());
    }
  }

  private IdpMetadata discover(IdentityProviderRegistration idp) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(idp.issuer() + "/.well-known/openid-configuration"))
            .timeout(timeout)
            .GET()
            .build();
    try {
      return IdpMetadata.fromDiscovery(idp.issuer(), json(request, FcError.IDP_TOKEN_FAILED, idp));
    } catch (IllegalArgumentException e) {
      throw failure(FcError.IDP_TOKEN_FAILED, idp, "unusable discovery: " + e.getMessage());
    }
  }

  private HttpsJwks jwks(IdentityProviderRegistration idp) {
    return keys.computeIfAbsent(metadata(idp).jwksUri(), this::boundedJwks);
  }

  // jose4j's own fetcher waits 20 s and retries three times: a slow jwks_uri would hold a callback for a minute.
  private HttpsJwks boundedJwks(String jwksUri) {
    Get get = new Get();
    get.setConnectTimeout((int) connectTimeout.toMillis());
    get.setReadTimeout((int) timeout.toMillis());
    get.setRetries(0);
    get.setResponseBodySizeLimit(BoundedBody.MAX_BYTES);
    HttpsJwks jwks = new HttpsJwks(jwksUri);
    jwks.setSimpleHttpGet(get);
    return jwks;
  }

  private IdpSignature signature(IdentityProviderRegistration idp, String algorithm) {
    return IdpSignature.of(algorithm, idp.clientSecret(), () -> IdpSignature.published(jwks(idp)));
  }

  private Map<String, Object> json(HttpRequest request, FcError error, IdentityProviderRegistration idp) {
    try {
      return JsonAnswer.parse(send(request, error, idp).body());
    } catch (IllegalArgumentException e) {
      throw failure(error, idp, request.uri().getPath() + " answered " + e.getMessage());
    }
  }

  private HttpResponse<String> send(HttpRequest request, FcError error, IdentityProviderRegistration idp) {
    // The request's timeout ends at the answer's headers: the whole exchange, body included, gets it too.
    CompletableFuture<HttpResponse<String>> exchange = http.sendAsync(request, BoundedBody.handler());
    try {
      HttpResponse<String> response = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (response.statusCode() != 200) {
        throw failure(error, idp, request.uri().getPath() + " answered " + response.statusCode());
      }
      return response;
    } catch (ExecutionException | TimeoutException e) {
      exchange.cancel(true);
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      throw failure(error, idp, request.uri().getPath() + " failed: " + cause.getClass().getSimpleName());
    } catch (InterruptedException e) {
      exchange.cancel(true);
      Thread.currentThread().interrupt();
      throw failure(error, idp, "interrupted");
    }
  }

  private static IdpFailure failure(FcError error, IdentityProviderRegistration idp, String detail) {
    LOG.warning(() -> "IdP " + idp.id() + ": " + detail);
    return new IdpFailure(error);
  }

  /** What the IdP's token endpoint answered. */
  record IdpTokens(String idToken, String accessToken) {}
}
