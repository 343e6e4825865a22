package fr.fc.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.fc.shared.config.GeneratedSecret;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {

  @TempDir Path directory;

  @Test
  void opensWhatItSealedAndNothingElse() {
    SecretBox box = new SecretBox(GeneratedSecret.loadOrCreate(directory.resolve("key")));

    String sealed = box.seal("legacy-client-secret");

    assertFalse(sealed.contains("legacy"));
    assertNotEquals(sealed, box.seal("legacy-client-secret"), "a fresh nonce each time");
    assertEquals("legacy-client-secret", box.open(sealed));
    SecretBox other = new SecretBox(GeneratedSecret.loadOrCreate(directory.resolve("other-key")));
    assertThrows(IllegalArgumentException.class, () -> other.open(sealed));
    String altered = sealed.substring(0, sealed.length() - 4) + (sealed.endsWith("AAAA") ? "BBBB" : "AAAA");
    assertThrows(IllegalArgumentException.class, () -> box.open(altered));
  }

  @Test
  void theKeyFileIsKeptAcrossUses() {
    Path file = directory.resolve("key");

    assertEquals(GeneratedSecret.loadOrCreate(file), GeneratedSecret.loadOrCreate(file));
    assertEquals(64, GeneratedSecret.loadOrCreate(file).length());
  }
}
