package fr.fc.shared.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A random 256-bit secret kept in a file readable by its owner only: created on first use, then
 * read as is, so that it survives restarts (and nodes sharing the file share it).
 */
public final class GeneratedSecret {

  private GeneratedSecret() {}

  /** The file's secret (hex), creating the file first when it does not exist. */
  public static String loadOrCreate(Path file) {
    return loadOrCreate(file, 32);
  }

  /** The same, for a random value of this many bytes (an id rather than a key). */
  public static String loadOrCreate(Path file, int bytes) {
    try {
      if (!Files.exists(file)) {
        create(file, bytes);
      }
      return Files.readString(file, StandardCharsets.US_ASCII).trim();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot use the secret file " + file, e);
    }
  }

  private static void create(Path file, int bytes) throws IOException {
    byte[] random = new byte[bytes];
    new SecureRandom().nextBytes(random);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path draft = Files.createTempFile(file.toAbsolutePath().getParent(), ".secret", ".tmp");
    try {
      if (draft.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(draft, PosixFilePermissions.fromString("rw-------"));
      }
      Files.writeString(draft, HexFormat.of().formatHex(random), StandardCharsets.US_ASCII);
      Files.move(draft, file);
    } catch (FileAlreadyExistsException raced) {
      // another node created it first: its secret is the one to use
    } finally {
      Files.deleteIfExists(draft);
    }
  }
}
