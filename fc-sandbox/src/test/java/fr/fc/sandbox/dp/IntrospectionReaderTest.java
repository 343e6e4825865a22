package fr.fc.sandbox.dp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jose4j.jwe.ContentEncryptionAlgorithmIdentifiers;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;

class IntrospectionReaderTest {

  private final TestFc fc = new TestFc();
  private final DpKeys dpKeys = DpKeys.generated();
  private final IntrospectionReader reader =
      new IntrospectionReader(
          dpKeys.decryptionKeys(), fc.resolver(), TestFc.ISSUER, TestFc.DP_CLIENT_ID);

  @Test
  void readsTheIntrospectionFcSignedAndEncryptedToTheDataProvider() {
    JwtClaims claims = TestFc.answer(TestFc.activeFor("dgfip_rfr dgfip_nbpart"));

    TokenIntrospection introspection = reader.read(fc.checkTokenAnswer(claims, dpJwks()));

    assertTrue(introspection.active());
    assertEquals(List.of("dgfip_rfr", "dgfip_nbpart"), introspection.scopes());
    assertEquals(List.of("Angela", "Claire", "Louise"), introspection.citizen().givenNames());
    assertEquals("DUBOIS", introspection.citizen().familyName());
    assertEquals("1962-08-24", introspection.citizen().birthdate());
    assertEquals("female", introspection.citizen().gender());
    assertEquals("99100", introspection.citizen().birthcountry());
  }

  @Test
  void readsAnInactiveToken() {
    JwtClaims claims = TestFc.answer(Map.of("active", false));

    TokenIntrospection introspection = reader.read(fc.checkTokenAnswer(claims, dpJwks()));

    assertFalse(introspection.active());
    assertEquals(List.of(), introspection.scopes());
  }

  @Test
  void anInactiveTokenReleasesNothing() {
    TokenIntrospection inactive =
        reader.read(fc.checkTokenAnswer(TestFc.answer(Map.of("active", false)), dpJwks()));

    DpException refusal =
        assertThrows(
            DpException.class,
            () -> TaxDataService.release(inactive, new TaxHouseholds(List.of())));
    assertEquals(DpError.INVALID_TOKEN, refusal.error());
  }

  @Test
  void refusesAnAnswerForAnotherDataProvider() {
    JwtClaims claims = TestFc.answer(TestFc.activeFor("dgfip_rfr"));
    claims.setAudience("another-dp");

    assertRefused(fc.checkTokenAnswer(claims, dpJwks()), "Audience");
  }

  @Test
  void refusesAnAnswerFromAnotherIssuer() {
    JwtClaims claims = TestFc.answer(TestFc.activeFor("dgfip_rfr"));
    claims.setIssuer("http://localhost:7000/api/v1");

    assertRefused(fc.checkTokenAnswer(claims, dpJwks()), "Issuer");
  }

  @Test
  void refusesAnAnswerSignedByAnotherKey() {
    JwtClaims claims = TestFc.answer(TestFc.activeFor("dgfip_rfr"));

    assertRefused(new TestFc().checkTokenAnswer(claims, dpJwks()), "Invalid JWS Signature");
  }

  @Test
  void refusesAnAnswerEncryptedToAnotherKey() {
    JwtClaims claims = TestFc.answer(TestFc.activeFor("dgfip_rfr"));

    assertRefused(
        fc.checkTokenAnswer(claims, DpKeys.generated().publicJwks()),
        "encrypted to a key this data provider does not have");
  }

  @Test
  void refusesASignedAnswerThatIsNotEncrypted() {
    assertRefused(fc.sign(TestFc.answer(TestFc.activeFor("dgfip_rfr"))), "No encryption");
  }

  @Test
  void refusesAnotherContentEncryption() {
    String jws = fc.sign(TestFc.answer(TestFc.activeFor("dgfip_rfr")));

    assertRefused(
        TestFc.encrypt(jws, dpJwks(), ContentEncryptionAlgorithmIdentifiers.AES_128_GCM),
        "'A128GCM' is not a permitted algorithm");
  }

  @Test
  void refusesAnHs256SignatureEvenWithTheDataProvidersSecret() throws Exception {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(TestFc.answer(TestFc.activeFor("dgfip_rfr")).toJson());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
    jws.setKey(new HmacKey("sandbox-dp-secret-for-demo-only!".getBytes(StandardCharsets.UTF_8)));

    assertRefused(
        TestFc.encrypt(
            jws.getCompactSerialization(),
            dpJwks(),
            ContentEncryptionAlgorithmIdentifiers.AES_256_GCM),
        "HS256");
  }

  @Test
  void refusesAnAnswerWithoutIntrospection() {
    JwtClaims claims = TestFc.answer(Map.of());
    claims.unsetClaim("token_introspection");

    assertRefused(fc.checkTokenAnswer(claims, dpJwks()), "no token_introspection");
  }

  @Test
  void refusesWhatIsNoJwtAtAll() {
    assertRefused("not-a-jwe", "Invalid JOSE Compact Serialization");
  }

  private String dpJwks() {
    return dpKeys.publicJwks();
  }

  private void assertRefused(String answer, String reason) {
    DpException refusal = assertThrows(DpException.class, () -> reader.read(answer));
    assertEquals(DpError.FC_UNAVAILABLE, refusal.error());
    assertTrue(refusal.getMessage().contains(reason), refusal.getMessage());
    assertFalse(refusal.getMessage().contains("DUBOIS"), "no identity: " + refusal.getMessage());
    assertFalse(refusal.getMessage().contains("eyJ"), "no JOSE object: " + refusal.getMessage());
  }
}
