package fr.fc.sandbox.dp;

import java.net.URI;
import org.jose4j.http.Get;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.jose4j.keys.resolvers.VerificationKeyResolver;

/**
 * fc's signing keys, read from its JWKS when first needed and read again when a JWS names a kid it
 * does not have (a rotation at fc), with timeouts.
 */
final class FcSigningKeys {

  private static final int CONNECT_TIMEOUT_MS = 3_000;
  private static final int READ_TIMEOUT_MS = 5_000;

  private FcSigningKeys() {}

  static VerificationKeyResolver at(URI jwksUri) {
    Get get = new Get();
    get.setConnectTimeout(CONNECT_TIMEOUT_MS);
    get.setReadTimeout(READ_TIMEOUT_MS);
    HttpsJwks jwks = new HttpsJwks(jwksUri.toString());
    jwks.setSimpleHttpGet(get);
    return new HttpsJwksVerificationKeyResolver(jwks);
  }
}
