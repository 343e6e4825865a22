package fr.fc.oidc;

import static fr.fc.oidc.TokenFixtures.AUTH_TIME;
import static fr.fc.oidc.TokenFixtures.SUB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.fc.crypto.ClaimsSigner;
import fr.fc.crypto.SigningKeySet;
import fr.fc.shared.error.FcException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A logout hint fc signed before a rotation of its keys is still fc's, whoever signs now. */
class IdTokenHintTest {

  private static final Instant SIGNED_AT = Instant.ofEpochSecond(AUTH_TIME + 5);
  private static final Duration PUBLICATION = Duration.ofDays(1);

  private final SigningKeySet before = SigningKeySet.generate();

  @Test
  void aHintSignedWithAKeyRetiredSinceIsStillVerified() {
    String hint = idToken(before, SIGNED_AT);
    SigningKeySet rotated = before.rotated(SIGNED_AT, PUBLICATION, Duration.ofSeconds(60));

    IdTokenHint verified = IdTokenHint.verify(hint, TokenFixtures.ISSUER, rotated, TokenFixtures.registry(TokenFixtures.client()));

    assertEquals(SUB, verified.sub());
  }

  @Test
  void aHintSignedWithTheNewKeyIsVerified() {
    SigningKeySet rotated = before.rotated(SIGNED_AT, PUBLICATION, Duration.ofSeconds(60));
    String hint = idToken(rotated, SIGNED_AT.plus(PUBLICATION));

    assertEquals(SUB, IdTokenHint.verify(hint, TokenFixtures.ISSUER, rotated, TokenFixtures.registry(TokenFixtures.client())).sub());
  }

  @Test
  void aHintOfKeysFcDoesNotHoldIsRefused() {
    String hint = idToken(SigningKeySet.generate(), SIGNED_AT);

    assertThrows(
        FcException.class, () -> IdTokenHint.verify(hint, TokenFixtures.ISSUER, before, TokenFixtures.registry(TokenFixtures.client())));
  }

  private static String idToken(SigningKeySet keys, Instant at) {
    return new IdTokenFactory(TokenFixtures.ISSUER, new ClaimsSigner(keys, at), Duration.ofSeconds(60))
        .idToken(TokenFixtures.grant(), TokenFixtures.client(), at.getEpochSecond());
  }
}
