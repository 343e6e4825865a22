package fr.fc.crypto;

import java.security.Provider;
import java.security.Security;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.jose4j.jca.ProviderContext;

/**
 * Who computes fc's elliptic-curve signatures (ES256, ES384, ES512) and checks the IdPs': the
 * BouncyCastle provider, not the JDK's. On JDK 17 the JDK's P-256 arithmetic costs about three
 * times as much for a login's two signatures and one verification (BENCHMARKS.md, run Q). It is
 * registered last and asked for by name, so that no other lookup of the server changes; RSA stays
 * with the JDK, which is faster at it.
 */
public final class EcdsaProvider {

  private static final ProviderContext ELLIPTIC_CURVES = registered();
  private static final ProviderContext JDK = new ProviderContext();

  private EcdsaProvider() {}

  /** The provider context of a JWS algorithm: BouncyCastle's for ES*, the JDK's for the others. */
  public static ProviderContext forAlgorithm(String jwsAlgorithm) {
    return jwsAlgorithm != null && jwsAlgorithm.startsWith("ES") ? ELLIPTIC_CURVES : JDK;
  }

  /** Takes this application's provider out of the server's list, so that an undeployed fc leaves nothing. */
  static void release() {
    Provider registered = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
    if (registered != null && registered.getClass().getClassLoader() == EcdsaProvider.class.getClassLoader()) {
      Security.removeProvider(BouncyCastleProvider.PROVIDER_NAME);
    }
  }

  private static ProviderContext registered() {
    if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
      Security.addProvider(new BouncyCastleProvider());
    }
    ProviderContext context = new ProviderContext();
    context.getSuppliedKeyProviderContext().setSignatureProvider(BouncyCastleProvider.PROVIDER_NAME);
    context.getGeneralProviderContext().setSignatureProvider(BouncyCastleProvider.PROVIDER_NAME);
    return context;
  }
}
