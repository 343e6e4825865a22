package fr.fc.sandbox.sp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jose4j.http.Get;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;

/**
 * fc's discovery document, fetched from {issuer}/.well-known/openid-configuration on first use and
 * kept until a flow fails, when {@link #forget()} makes the next use fetch it again.
 */
@ApplicationScoped
class FcDiscovery {

  private static final int JWKS_CONNECT_TIMEOUT_MS = 5_000;
  private static final int JWKS_READ_TIMEOUT_MS = 10_000;

  @Inject SpConfiguration configuration;
  @Inject FcHttp http;

  private final Map<String, FcProvider> cached = new ConcurrentHashMap<>();

  /** fc's metadata and keys under its standard issuer, from the cache or freshly fetched. */
  FcProvider provider() {
    return provider(configuration.fcIssuer());
  }

  /** fc's metadata and keys under this issuer of fc (standard or FranceConnect+). */
  FcProvider provider(String fcIssuer) {
    String issuer = fcIssuer.replaceFirst("/+$", "");
    FcProvider provider = cached.get(issuer);
    if (provider == null) {
      provider = fetch(issuer);
      cached.put(issuer, provider);
    }
    return provider;
  }

  /** Drops the cached documents: fc may have moved its endpoints or keys. */
  void forget() {
    cached.clear();
  }

  private FcProvider fetch(String issuer) {
    URI uri = URI.create(issuer + "/.well-known/openid-configuration");
    ProviderMetadata metadata = ProviderMetadata.fromJson(http.getJson(uri, SpFailure.DISCOVERY));
    return new FcProvider(metadata, new HttpsJwksVerificationKeyResolver(jwks(metadata.jwksUri())));
  }

  private static HttpsJwks jwks(URI jwksUri) {
    Get get = new Get();
    get.setConnectTimeout(JWKS_CONNECT_TIMEOUT_MS);
    get.setReadTimeout(JWKS_READ_TIMEOUT_MS);
    HttpsJwks jwks = new HttpsJwks(jwksUri.toString());
    jwks.setSimpleHttpGet(get);
    return jwks;
  }
}
