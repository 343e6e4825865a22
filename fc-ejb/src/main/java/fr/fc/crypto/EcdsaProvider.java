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
 * with the JDK, which is faster at it. A provider of that name that another application registered
 * serves too; if it goes with its application, fc registers its own again.
 */
public final class EcdsaProvider {

  private static final String NAME = BouncyCastleProvider.PROVIDER_NAME;
  private static final ProviderContext ELLIPTIC_CURVES = named(NAME);
  private static final ProviderContext JDK = new ProviderContext();
  private static volatile Provider registered;

  private EcdsaProvider() {}

  /** The provider context of a JWS algorithm: BouncyCastle's for ES*, the JDK's for the others. */
  public static ProviderContext forAlgorithm(String jwsAlgorithm) {
    if (jwsAlgorithm == null || !jwsAlgorithm.startsWith("ES")) {
      return JDK;
    }
    if (Security.getProvider(NAME) == null) {
      register();
    }
    return ELLIPTIC_CURVES;
  }

  /** Takes out the provider fc registered, if it is still there, so that an undeployed fc leaves nothing. */
  static synchronized void release() {
    if (registered != null && Security.getProvider(NAME) == registered) {
      Security.removeProvider(NAME);
    }
    registered = null;
  }

  private static synchronized void register() {
    if (Security.getProvider(NAME) == null) {
      Provider provider = new BouncyCastleProvider();
      Security.addProvider(provider);
      registered = provider;
    }
  }

  private static ProviderContext named(String provider) {
    ProviderContext context = new ProviderContext();
    context.getSuppliedKeyProviderContext().setSignatureProvider(provider);
    context.getGeneralProviderContext().setSignatureProvider(provider);
    return context;
  }
}
