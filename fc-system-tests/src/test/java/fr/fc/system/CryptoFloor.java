package fr.fc.system;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.Security;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.jose4j.jca.ProviderContext;
import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.lang.JoseException;

/**
 * The cryptography one brokered login cannot do without, measured in this JVM with jose4j as fc
 * uses it: fc signs the ID token and the userinfo (ES256) and verifies the IdP's ES256 ID token.
 * CPU time of this thread, after warming the JIT up, per login; with the JDK's provider, or with
 * BouncyCastle's, which fc's elliptic-curve signatures use.
 */
final class CryptoFloor {

  private static final int WARM_UP = 20_000;
  private static final int MEASURED = 20_000;

  private CryptoFloor() {}

  /** Milliseconds of CPU per login with the JDK's provider: two ES256 signatures and one verification. */
  static double millisPerLogin() throws JoseException {
    return millisPerLogin(new ProviderContext());
  }

  /** The same with BouncyCastle's provider, as fc signs and verifies. */
  static double millisPerLoginWithBouncyCastle() throws JoseException {
    if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
      Security.addProvider(new BouncyCastleProvider());
    }
    ProviderContext context = new ProviderContext();
    context.getSuppliedKeyProviderContext().setSignatureProvider(BouncyCastleProvider.PROVIDER_NAME);
    context.getGeneralProviderContext().setSignatureProvider(BouncyCastleProvider.PROVIDER_NAME);
    return millisPerLogin(context);
  }

  private static double millisPerLogin(ProviderContext provider) throws JoseException {
    PublicJsonWebKey key = EcJwkGenerator.generateJwk(EllipticCurves.P256);
    String payload = "{\"iss\":\"https://fc.example.gouv.fr/api/v2\",\"sub\":\"" + "s".repeat(66)
        + "\",\"aud\":\"sp\",\"exp\":1800000000,\"iat\":1799999940,\"nonce\":\"n\",\"acr\":\"eidas1\"}";
    run(key, payload, WARM_UP, provider);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long start = cpu.getCurrentThreadCpuTime();
    run(key, payload, MEASURED, provider);
    return (cpu.getCurrentThreadCpuTime() - start) / 1e6 / MEASURED;
  }

  private static void run(PublicJsonWebKey key, String payload, int logins, ProviderContext provider)
      throws JoseException {
    for (int i = 0; i < logins; i++) {
      sign(key, payload, provider);
      String idpIdToken = sign(key, payload, provider);
      JsonWebSignature verify = new JsonWebSignature();
      verify.setProviderContext(provider);
      verify.setCompactSerialization(idpIdToken);
      verify.setKey(key.getPublicKey());
      if (!verify.verifySignature()) {
        throw new IllegalStateException("the floor's own signature does not verify");
      }
    }
  }

  private static String sign(PublicJsonWebKey key, String payload, ProviderContext provider) throws JoseException {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setProviderContext(provider);
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
    jws.setKey(key.getPrivateKey());
    jws.setPayload(payload);
    return jws.getCompactSerialization();
  }
}
