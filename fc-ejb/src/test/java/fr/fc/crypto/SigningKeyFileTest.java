package fr.fc.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyFileTest {

  @TempDir Path directory;

  @Test
  void createsTheFileOnceThenKeepsItsKeys() throws Exception {
    Path path = directory.resolve("keys/signing-keys.json");

    String first = new SigningKeyFile(path).loadOrCreate().toPublicJwks();
    String second = new SigningKeyFile(path).loadOrCreate().toPublicJwks();

    assertEquals(first, second);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(path)));
    assertTrue(Files.readString(path).contains("\"d\""), "the file keeps the private parts");
    try (var files = Files.list(path.getParent())) {
      assertEquals(1, files.count(), "no draft file is left behind");
    }
  }

  @Test
  void refusesAnUnusableFileRatherThanReplacingIt() throws Exception {
    Path path = directory.resolve("signing-keys.json");
    Files.writeString(path, "{\"keys\":[]}");

    IllegalStateException error =
        assertThrows(IllegalStateException.class, () -> new SigningKeyFile(path).loadOrCreate());

    assertTrue(error.getMessage().contains("no ES256 signing key"), error.getMessage());
    assertEquals("{\"keys\":[]}", Files.readString(path));
  }

  @Test
  void refusesAFileOfPublicKeysOnly() throws Exception {
    Path path = directory.resolve("signing-keys.json");
    Files.writeString(path, SigningKeySet.generate().toPublicJwks());

    IllegalStateException error =
        assertThrows(IllegalStateException.class, () -> new SigningKeyFile(path).loadOrCreate());

    assertFalse(error.getMessage().contains("\"d\""));
    assertTrue(error.getMessage().contains("has no private part"), error.getMessage());
  }
}
