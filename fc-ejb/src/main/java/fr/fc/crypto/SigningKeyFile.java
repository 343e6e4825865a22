package fr.fc.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Logger;

/**
 * The file that holds fc's signing keys. Read when it exists; otherwise created once with new keys,
 * readable by its owner only, so that the keys (and the JWKS) survive restarts.
 */
public final class SigningKeyFile {

  private static final Logger LOG = Logger.getLogger(SigningKeyFile.class.getName());

  private final Path path;

  public SigningKeyFile(Path path) {
    this.path = path;
  }

  /** The keys of the file, generating and writing them first if the file does not exist. */
  public SigningKeySet loadOrCreate() {
    try {
      if (Files.exists(path)) {
        return read();
      }
      return create();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot use the signing key file " + path, e);
    }
  }

  private SigningKeySet read() throws IOException {
    try {
      return SigningKeySet.parse(Files.readString(path, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("The signing key file " + path + " is unusable: " + e.getMessage(), e);
    }
  }

  private SigningKeySet create() throws IOException {
    SigningKeySet keys = SigningKeySet.generate();
    Path directory = path.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    Path draft = Files.createTempFile(directory, ".signing-keys", ".tmp");
    try {
      restrictToOwner(draft);
      Files.writeString(draft, keys.toPrivateJson(), StandardCharsets.UTF_8);
      Files.move(draft, path);
      LOG.info(() -> "Generated new signing keys in " + path);
      return keys;
    } catch (FileAlreadyExistsException raced) {
      // Another node sharing the file wrote it first: its keys are the ones to use.
      return read();
    } finally {
      Files.deleteIfExists(draft);
    }
  }

  private static void restrictToOwner(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
  }
}
