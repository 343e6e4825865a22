package fr.fc.sandbox.idp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import org.jose4j.http.Get;
import org.jose4j.jwe.ContentEncryptionAlgorithmIdentifiers;
import org.jose4j.jwe.JsonWebEncryption;
import org.jose4j.jwe.KeyManagementAlgorithmIdentifiers;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;

/**
 * What a FranceConnect+ demo IdP does last with its ID tokens and userinfo (contract section 2.1):
 * it encrypts them, ECDH-ES and A256GCM, to fc's key published at fc's client/.well-known/keys.
 */
@ApplicationScoped
class FcEncryption {

  private static final int TIMEOUT_MILLIS = 5_000;

  @Inject IdpCatalogue catalogue;

  private volatile HttpsJwks fcKeys;

  /** The JWE of this JWS to fc's ECDH-ES key. */
  String seal(String jws) {
    PublicJsonWebKey key = fcKey();
    JsonWebEncryption jwe = new JsonWebEncryption();
    jwe.setAlgorithmHeaderValue(KeyManagementAlgorithmIdentifiers.ECDH_ES);
    jwe.setEncryptionMethodHeaderParameter(ContentEncryptionAlgorithmIdentifiers.AES_256_GCM);
    jwe.setKeyIdHeaderValue(key.getKeyId());
    jwe.setContentTypeHeaderValue("JWT");
    jwe.setKey(key.getPublicKey());
    jwe.setPayload(jws);
    try {
      return jwe.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException("cannot encrypt to fc's key", e);
    }
  }

  private PublicJsonWebKey fcKey() {
    try {
      for (JsonWebKey key : keys().getJsonWebKeys()) {
        if ("EC".equals(key.getKeyType()) && key instanceof PublicJsonWebKey ec) {
          return ec;
        }
      }
      throw new OAuthError(OAuthError.Code.SERVER_ERROR, "fc publishes no EC key to encrypt to");
    } catch (JoseException | IOException e) {
      throw new OAuthError(OAuthError.Code.SERVER_ERROR, "fc's encryption keys cannot be read");
    }
  }

  private HttpsJwks keys() {
    HttpsJwks keys = fcKeys;
    if (keys == null) {
      keys = new HttpsJwks(catalogue.fcClientKeys());
      Get get = new Get();
      get.setConnectTimeout(TIMEOUT_MILLIS);
      get.setReadTimeout(TIMEOUT_MILLIS);
      keys.setSimpleHttpGet(get);
      fcKeys = keys;
    }
    return keys;
  }
}
