package fr.fc.crypto;

import java.security.Key;
import java.util.Map;
import org.jose4j.jwe.JsonWebEncryption;
import org.jose4j.lang.JoseException;

/**
 * A JWS of fc encrypted to a partner's public key: the JWE of a nested JWT (RFC 7519 section 5.2,
 * cty JWT), so that only the partner reads what fc signed.
 */
public final class NestedJwt {

  private NestedJwt() {}

  /**
   * @param jws fc's compact JWS
   * @param recipientKey the partner's public encryption key
   * @param keyId its kid, or null
   * @param algorithm ECDH-ES, RSA-OAEP or RSA-OAEP-256
   * @param encryption A256GCM
   */
  public static String encrypt(String jws, Key recipientKey, String keyId, String algorithm, String encryption) {
    return encrypt(jws, recipientKey, keyId, algorithm, encryption, Map.of());
  }

  /**
   * The same, with more header parameters: FranceConnect+ repeats the JWS's iss and aud in its
   * JWE header (contract section 1.4).
   */
  public static String encrypt(
      String jws, Key recipientKey, String keyId, String algorithm, String encryption, Map<String, String> headers) {
    JsonWebEncryption jwe = new JsonWebEncryption();
    jwe.setAlgorithmHeaderValue(algorithm);
    jwe.setEncryptionMethodHeaderParameter(encryption);
    jwe.setKey(recipientKey);
    if (keyId != null) {
      jwe.setKeyIdHeaderValue(keyId);
    }
    jwe.setContentTypeHeaderValue("JWT");
    headers.forEach(jwe::setHeader);
    jwe.setPayload(jws);
    try {
      return jwe.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException("Cannot encrypt with " + algorithm + " " + encryption, e);
    }
  }
}
