package fr.fc.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/** A random id of 128 bits kept in a file: made on first use, then read as is. */
final class GeneratedId {

  private GeneratedId() {}

  static String loadOrCreate(Path file) throws IOException {
    if (!Files.exists(file)) {
      byte[] random = new byte[16];
      new SecureRandom().nextBytes(random);
      Path draft = Files.createTempFile(file.toAbsolutePath().getParent(), ".id", ".tmp");
      try {
        Files.writeString(draft, HexFormat.of().formatHex(random), StandardCharsets.US_ASCII);
        Files.move(draft, file);
      } catch (FileAlreadyExistsException raced) {
        // made meanwhile: that one is the id
      } finally {
        Files.deleteIfExists(draft);
      }
    }
    return Files.readString(file, StandardCharsets.US_ASCII).trim();
  }
}
