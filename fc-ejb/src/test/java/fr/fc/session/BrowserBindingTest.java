package fr.fc.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BrowserBindingTest {

  private final String secret = BrowserBinding.newSecret();
  private final String uid = BrowserBinding.interactionUid(secret);

  @Test
  void onlyTheSecretThatStartedTheInteractionHoldsIt() {
    assertTrue(BrowserBinding.holds(secret, uid));
    assertFalse(BrowserBinding.holds(BrowserBinding.newSecret(), uid), "another browser's secret");
    assertFalse(BrowserBinding.holds(uid, uid), "the id itself, as a forged cookie");
    assertFalse(BrowserBinding.holds(null, uid), "no cookie");
    assertFalse(BrowserBinding.holds("", uid));
    assertFalse(BrowserBinding.holds(secret, null));
    assertFalse(BrowserBinding.holds(secret + "x".repeat(100), uid), "an oversized cookie");
  }

  @Test
  void theIdIsStableAndRevealsNothingOfTheSecret() {
    assertEquals(uid, BrowserBinding.interactionUid(secret));
    assertEquals(43, uid.length(), "256 bits, base64url");
    assertFalse(uid.contains(secret));
    assertNotEquals(uid, BrowserBinding.interactionUid(BrowserBinding.newSecret()));
  }

  @Test
  void theCsrfTokenDependsOnTheSecretAndTheInteraction() {
    String token = BrowserBinding.csrfToken(secret, uid);

    assertEquals(token, BrowserBinding.csrfToken(secret, uid));
    assertNotEquals(token, BrowserBinding.csrfToken(BrowserBinding.newSecret(), uid));
    assertNotEquals(token, BrowserBinding.csrfToken(secret, BrowserBinding.interactionUid(BrowserBinding.newSecret())));
    assertNotEquals(uid, token);
  }
}
