package fr.fc.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.CopyOption;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * A file that holds private keys of fc: its signing keys, or the keys IdPs encrypt to. Read when it
 * exists; otherwise created once with new keys, readable by its owner only, so that the keys (and
 * the JWKS that publishes them) survive restarts. Replaced whole when the keys rotate.
 *
 * @param <K> the set of keys it holds
 */
public final class KeyFile<K> {

  private static final Logger LOG = Logger.getLogger(KeyFile.class.getName());

  private final Path path;
  private final String what;
  private final Function<String, K> parse;
  private final Supplier<K> generate;
  private final Function<K, String> privateJson;

  private KeyFile(
      Path path, String what, Function<String, K> parse, Supplier<K> generate, Function<K, String> privateJson) {
    this.path = path;
    this.what = what;
    this.parse = parse;
    this.generate = generate;
    this.privateJson = privateJson;
  }

  /** The file of fc's signing keys. */
  public static KeyFile<SigningKeySet> signing(Path path) {
    return new KeyFile<>(path, "signing", SigningKeySet::parse, SigningKeySet::generate, SigningKeySet::toPrivateJson);
  }

  /** The file of the keys IdPs encrypt to. */
  public static KeyFile<EncryptionKeySet> encryption(Path path) {
    return new KeyFile<>(
        path, "encryption", EncryptionKeySet::parse, EncryptionKeySet::generate, EncryptionKeySet::toPrivateJson);
  }

  /** The keys of the file, generating and writing them first if the file does not exist. */
  public K loadOrCreate() {
    try {
      if (Files.exists(path)) {
        return read();
      }
      return create();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot use the " + what + " key file " + path, e);
    }
  }

  private K read() throws IOException {
    try {
      return parse.apply(Files.readString(path, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("The " + what + " key file " + path + " is unusable: " + e.getMessage(), e);
    }
  }

  /**
   * Writes these keys in place of the file's, at once: a node that reads the file meanwhile reads
   * the old keys or the new ones, never half of them.
   */
  public void replace(K keys) {
    try {
      write(keys, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      LOG.info(() -> "Wrote new " + what + " keys in " + path);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the " + what + " key file " + path, e);
    }
  }

  private K create() throws IOException {
    K keys = generate.get();
    try {
      write(keys);
      LOG.info(() -> "Generated new " + what + " keys in " + path);
      return keys;
    } catch (FileAlreadyExistsException raced) {
      // Another node sharing the file wrote it first: its keys are the ones to use.
      return read();
    }
  }

  private void write(K keys, CopyOption... move) throws IOException {
    Path directory = path.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    Path draft = Files.createTempFile(directory, "." + what + "-keys", ".tmp");
    try {
      restrictToOwner(draft);
      Files.writeString(draft, privateJson.apply(keys), StandardCharsets.UTF_8);
      Files.move(draft, path, move);
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
