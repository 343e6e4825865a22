package fr.fc.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.security.Provider;
import java.security.Security;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.jose4j.jca.ProviderContext;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

class EcdsaProviderTest {

  private final SigningKeySet keys = SigningKeySet.generate();

  @Test
  void ellipticCurvesGoToBouncyCastleAndRsaStaysWithTheJdk() {
    ProviderContext es256 = EcdsaProvider.forAlgorithm(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
    assertEquals("BC", es256.getSuppliedKeyProviderContext().getSignatureProvider());
    assertEquals("BC", es256.getGeneralProviderContext().getSignatureProvider());
    ProviderContext rs256 = EcdsaProvider.forAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
    assertNull(rs256.getSuppliedKeyProviderContext().getSignatureProvider());
    assertNull(EcdsaProvider.forAlgorithm(null).getGeneralProviderContext().getSignatureProvider());
  }

  @Test
  void itIsRegisteredLastSoThatNoOtherLookupChanges() throws Exception {
    EcdsaProvider.forAlgorithm("ES256");
    List<Provider> providers = Arrays.asList(Security.getProviders());
    assertEquals("BC", providers.get(providers.size() - 1).getName());
    assertFalse(providers.subList(0, providers.size() - 1).stream().anyMatch(p -> p.getName().equals("BC")));
    assertNotEquals("BC", Signature.getInstance("SHA256withECDSA").getProvider().getName());
  }

  @Test
  void whatItSignsTheJdkVerifiesAndWhatTheJdkSignsItVerifies() throws Exception {
    JwtClaims claims = new JwtClaims();
    claims.setSubject("citoyen");
    String signedByFc = new ClaimsSigner(keys, Instant.now()).sign(claims, null, null);

    JsonWebSignature byTheJdk = new JsonWebSignature();
    byTheJdk.setCompactSerialization(signedByFc);
    byTheJdk.setKey(keys.signingKey("ES256", Instant.now()).orElseThrow().getPublicKey());
    assertEquals(claims.toJson(), byTheJdk.getPayload());

    JsonWebSignature signedByTheJdk = new JsonWebSignature();
    signedByTheJdk.setAlgorithmHeaderValue("ES256");
    signedByTheJdk.setKey(keys.signingKey("ES256", Instant.now()).orElseThrow().getPrivateKey());
    signedByTheJdk.setPayload("payload");
    JsonWebSignature byBouncyCastle = new JsonWebSignature();
    byBouncyCastle.setProviderContext(EcdsaProvider.forAlgorithm("ES256"));
    byBouncyCastle.setCompactSerialization(signedByTheJdk.getCompactSerialization());
    byBouncyCastle.setKey(keys.signingKey("ES256", Instant.now()).orElseThrow().getPublicKey());
    assertEquals("payload", byBouncyCastle.getPayload());
  }

  @Test
  void aTamperedSignatureIsRefusedByBouncyCastle() throws Exception {
    JwtClaims claims = new JwtClaims();
    claims.setSubject("citoyen");
    String token = new ClaimsSigner(keys, Instant.now()).sign(claims, null, null);
    String[] parts = token.split("\\.");
    char last = parts[2].charAt(10);
    parts[2] = parts[2].substring(0, 10) + (last == 'A' ? 'B' : 'A') + parts[2].substring(11);

    JsonWebSignature check = new JsonWebSignature();
    check.setProviderContext(EcdsaProvider.forAlgorithm("ES256"));
    check.setCompactSerialization(String.join(".", parts));
    check.setKey(keys.signingKey("ES256", Instant.now()).orElseThrow().getPublicKey());
    assertFalse(check.verifySignature());
  }

  @Test
  void releaseTakesOutOnlyTheProviderItRegistered() {
    EcdsaProvider.release();
    Security.removeProvider("BC");
    Provider another = new BouncyCastleProvider();
    Security.addProvider(another);

    EcdsaProvider.forAlgorithm("ES256");
    EcdsaProvider.release();
    assertSame(another, Security.getProvider("BC"));

    Security.removeProvider("BC");
    EcdsaProvider.forAlgorithm("ES256");
    Provider ours = Security.getProvider("BC");
    assertNotNull(ours);
    assertNotSame(another, ours);
    EcdsaProvider.release();
    assertNull(Security.getProvider("BC"));
  }
}
