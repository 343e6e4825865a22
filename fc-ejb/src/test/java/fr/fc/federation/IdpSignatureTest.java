package fr.fc.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdpSignatureTest {

  @ParameterizedTest
  @ValueSource(strings = {"none", "HS384", "PS256", "", "es256"})
  void knowsOnlyTheContractsThreeAlgorithms(String algorithm) {
    assertThrows(IllegalArgumentException.class, () -> IdpSignature.of(algorithm, IdpJwts.SECRET, () -> null));
  }

  @Test
  void hs256NeverAsksForTheJwks() {
    AtomicInteger asked = new AtomicInteger();
    IdpSignature signature =
        IdpSignature.of("HS256", IdpJwts.SECRET, () -> {
          asked.incrementAndGet();
          return new JwksVerificationKeyResolver(List.of());
        });

    signature.verify(IdpJwts.hs256(IdpJwts.idToken(), IdpJwts.SECRET), new JwtConsumerBuilder().setSkipDefaultAudienceValidation());

    assertEquals(0, asked.get());
  }

  @Test
  void namesAnAlgorithmItRefusesWithoutEchoingWhatItCannotPrint() {
    String header = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"HS256\\nforged log line\"}".getBytes());
    IdpSignature es256 = IdpSignature.of("ES256", IdpJwts.SECRET, () -> new JwksVerificationKeyResolver(List.of()));

    String refusal =
        assertThrows(IllegalArgumentException.class, () -> es256.verify(header + ".e30.sig", new JwtConsumerBuilder())).getMessage();

    assertEquals("signed with HS256?forged?log..., registered ES256", refusal);
    assertEquals(
        "not a compact JWS",
        assertThrows(IllegalArgumentException.class, () -> es256.verify("garbage", new JwtConsumerBuilder())).getMessage());
  }
}
