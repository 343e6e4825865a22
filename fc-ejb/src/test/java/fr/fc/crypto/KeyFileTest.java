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

class KeyFileTest {

  @TempDir Path directory;

  @Test
  void createsTheFileOnceThenKeepsItsKeys() throws Exception {
    Path path = directory.resolve("keys/signing-keys.json");

    String first = KeyFile.signing(path).loadOrCreate().toPublicJwks();
    String second = KeyFile.signing(path).loadOrCreate().toPublicJwks();

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
        assertThrows(IllegalStateException.class, () -> KeyFile.signing(path).loadOrCreate());

    assertTrue(error.getMessage().contains("no ES256 signing key"), error.getMessage());
    assertEquals("{\"keys\":[]}", Files.readString(path));
  }

  @Test
  void refusesAFileOfPublicKeysOnly() throws Exception {
    Path path = directory.resolve("signing-keys.json");
    Files.writeString(path, SigningKeySet.generate().toPublicJwks());

    IllegalStateException error =
        assertThrows(IllegalStateException.class, () -> KeyFile.signing(path).loadOrCreate());

    assertFalse(error.getMessage().contains("\"d\""));
    assertTrue(error.getMessage().contains("has no private part"), error.getMessage());
  }

  @Test
  void theEncryptionKeysHaveTheirOwnFileWithAKeyForEachAlgorithmFamily() throws Exception {
    Path path = directory.resolve("encryption-keys.json");

    EncryptionKeySet keys = KeyFile.encryption(path).loadOrCreate();
    EncryptionKeySet again = KeyFile.encryption(path).loadOrCreate();

    assertEquals(keys.toPublicJwks(), again.toPublicJwks());
    assertEquals("EC", keys.decryptionKey(null, "ECDH-ES").orElseThrow().getKeyType());
    assertEquals("RSA", keys.decryptionKey(null, "RSA-OAEP-256").orElseThrow().getKeyType());
    assertTrue(keys.toPublicJwks().contains("\"use\":\"enc\""), keys.toPublicJwks());
    assertFalse(keys.toPublicJwks().contains("\"d\""));
    String ecKid = keys.decryptionKey(null, "ECDH-ES").orElseThrow().getKeyId();
    assertTrue(keys.decryptionKey(ecKid, "RSA-OAEP").isEmpty(), "a kid of another key type names no RSA key");
  }
}
