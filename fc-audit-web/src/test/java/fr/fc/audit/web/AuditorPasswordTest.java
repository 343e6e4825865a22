package fr.fc.audit.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** An auditor's password as configured: PBKDF2-HMAC-SHA256, salted, checked without ever throwing. */
class AuditorPasswordTest {

  private static final char[] PASSWORD = "correct horse battery staple".toCharArray();

  @Test
  void aHashMatchesItsPasswordOnly() {
    String stored = AuditorPassword.hash(PASSWORD);
    assertTrue(AuditorPassword.matches(PASSWORD, stored));
    assertFalse(AuditorPassword.matches("correct horse battery stapler".toCharArray(), stored));
    assertFalse(AuditorPassword.matches(new char[0], stored));
    assertFalse(AuditorPassword.matches(null, stored));
  }

  @Test
  void aHashSaysItsSchemeAndIterations() {
    String[] parts = AuditorPassword.hash(PASSWORD).split(":");
    assertTrue(parts.length == 4 && parts[0].equals("pbkdf2-sha256") && parts[1].equals("210000"), String.join(":", parts));
    assertTrue(Base64.getDecoder().decode(parts[2]).length == 16, "a 16-byte salt");
    assertTrue(Base64.getDecoder().decode(parts[3]).length == 32, "a 256-bit hash");
  }

  @Test
  void twoHashesOfOnePasswordDiffer() {
    String first = AuditorPassword.hash(PASSWORD);
    String second = AuditorPassword.hash(PASSWORD);
    assertNotEquals(first, second);
    assertTrue(AuditorPassword.matches(PASSWORD, first) && AuditorPassword.matches(PASSWORD, second));
  }

  @Test
  void aMalformedStoredValueMatchesNothingAndThrowsNothing() {
    String good = AuditorPassword.hash(PASSWORD);
    String[] parts = good.split(":");
    String[] malformed = {
      null,
      "",
      "plain-text-password",
      "pbkdf2-sha256",
      "pbkdf2-sha256:210000:" + parts[2],
      "bcrypt:210000:" + parts[2] + ":" + parts[3],
      "pbkdf2-sha256:many:" + parts[2] + ":" + parts[3],
      "pbkdf2-sha256:0:" + parts[2] + ":" + parts[3],
      "pbkdf2-sha256:-5:" + parts[2] + ":" + parts[3],
      "pbkdf2-sha256:999999999999:" + parts[2] + ":" + parts[3],
      "pbkdf2-sha256:210000:not*base64:" + parts[3],
      "pbkdf2-sha256:210000::" + parts[3],
      "pbkdf2-sha256:210000:" + parts[2] + ":" + Base64.getEncoder().encodeToString(new byte[16]),
      good + ":extra",
    };
    for (String stored : malformed) {
      assertFalse(AuditorPassword.matches(PASSWORD, stored), String.valueOf(stored));
      assertFalse(AuditorPassword.wellFormed(stored), String.valueOf(stored));
    }
    assertTrue(AuditorPassword.wellFormed(good));
  }
}
