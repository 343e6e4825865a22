package fr.fc.sandbox.idp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthorizationCodesTest {

  private final TestClock clock = new TestClock();
  private final AuthorizationCodes codes = new AuthorizationCodes(clock);
  private final Authentication authentication =
      new Authentication(
          null, new DemoAccount("test", "123", Map.of()), Instant.EPOCH, "session-1");

  @Test
  void redeemsACodeOnce() {
    String code = codes.issue(authentication);

    assertEquals(authentication, codes.redeem(code).orElseThrow());
    assertTrue(codes.redeem(code).isEmpty(), "a code is single use");
  }

  @Test
  void letsACodeExpireAfter60Seconds() {
    String fresh = codes.issue(authentication);
    String old = codes.issue(authentication);
    clock.advance(Duration.ofSeconds(59));
    assertTrue(codes.redeem(fresh).isPresent());

    clock.advance(Duration.ofSeconds(1));
    assertTrue(codes.redeem(old).isEmpty());
  }

  @Test
  void issuesUnguessableCodes() {
    String code = codes.issue(authentication);

    assertNotEquals(code, codes.issue(authentication));
    assertEquals(43, code.length(), "256 random bits in base64url");
    assertTrue(codes.redeem("not-a-code").isEmpty());
    assertTrue(codes.redeem(null).isEmpty());
  }
}
