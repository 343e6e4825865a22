package fr.fc.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * fc's signing keys as their file says now. Every node of a cluster reads the same file, and reads
 * it again when it changes: a rotation one node writes reaches the others at their next look. A
 * file that cannot be read or used leaves the keys as they were, with one warning per problem.
 */
final class LiveSigningKeys {

  private static final Logger LOG = Logger.getLogger(LiveSigningKeys.class.getName());

  private final Path path;
  private final Clock clock;
  private volatile Loaded loaded;
  private volatile Published published;
  /** The problem last warned about, until the file is usable again. */
  private String problem;

  /** A version of the file: its text and its keys. */
  private record Loaded(String text, SigningKeySet keys) {}

  /** The JWKS of some keys, as it stands until an instant. */
  private record Published(SigningKeySet keys, String jwks, Instant until) {}

  private LiveSigningKeys(Path path, Clock clock) {
    this.path = path;
    this.clock = clock;
  }

  /**
   * The keys of the file, generated and written first if there is none.
   *
   * @throws IllegalStateException when the file holds no usable keys: fc does not start on it
   */
  static LiveSigningKeys load(Path path, Clock clock) {
    KeyFile.signing(path).loadOrCreate();
    LiveSigningKeys keys = new LiveSigningKeys(path, clock);
    keys.loaded = keys.readUsable();
    return keys;
  }

  SigningKeySet keys() {
    return loaded.keys();
  }

  /** Signs with the keys that sign now. */
  ClaimsSigner signer() {
    return new ClaimsSigner(keys(), clock.instant());
  }

  List<SigningKeyStatus> statuses() {
    return keys().statuses(clock.instant());
  }

  /** The JWKS now: computed again only when the keys change, or when a key begins or retires. */
  String publishedJwks() {
    Instant now = clock.instant();
    SigningKeySet keys = keys();
    Published current = published;
    if (current == null || current.keys() != keys || !now.isBefore(current.until())) {
      current = new Published(keys, keys.publishedJwks(now), keys.nextChange(now).orElse(Instant.MAX));
      published = current;
    }
    return current.jwks();
  }

  /**
   * Reads the file, and takes its keys if it changed and they are usable.
   *
   * @return whether the keys changed
   */
  synchronized boolean reloadIfChanged() {
    // The file is small: its text, not its time (coarse on some shared storage), says whether it changed.
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      warnOnce("cannot be read (" + e + ")");
      return false;
    }
    if (text.equals(loaded.text())) {
      problem = null;
      return false;
    }
    try {
      loaded = usable(text);
    } catch (RuntimeException e) { // jose4j's parsing throws more than IllegalArgumentException
      warnOnce("is unusable (" + e.getMessage() + ")");
      return false;
    }
    problem = null;
    LOG.info(() -> "Signing keys read again from " + path + ": " + summary());
    return true;
  }

  /**
   * Rotates the keys of the file as it is now (another node may have changed it since this one last
   * read it), writes them and uses them at once.
   *
   * @throws IllegalStateException when the file is unusable: nothing is written
   */
  synchronized KeyRotation rotate(Duration publication, Duration retirement, String operator) {
    Instant now = clock.instant();
    SigningKeySet before = readUsable().keys();
    SigningKeySet after = before.rotated(now, publication, retirement);
    KeyFile.signing(path).replace(after);
    loaded = new Loaded(after.toPrivateJson(), after);
    problem = null;
    LOG.info(() -> "Signing keys rotated: " + summary());
    return KeyRotation.between(before, after, now, operator);
  }

  private Loaded readUsable() {
    try {
      return usable(Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the signing key file " + path, e);
    } catch (RuntimeException e) {
      throw new IllegalStateException("The signing key file " + path + " is unusable: " + e.getMessage(), e);
    }
  }

  /** Keys that sign now for every algorithm, or none: a file whose keys all begin later is refused. */
  private Loaded usable(String text) {
    SigningKeySet keys = SigningKeySet.parse(text);
    Instant now = clock.instant();
    for (String algorithm : SigningKeySet.ALGORITHMS) {
      keys.signingKey(algorithm, now)
          .orElseThrow(() -> new IllegalArgumentException("no " + algorithm + " key signs at " + now));
    }
    return new Loaded(text, keys);
  }

  /** What keeps this node from following its key file, if anything: then it may sign with keys the others retired. */
  synchronized Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  private void warnOnce(String what) {
    String message = "The signing key file " + path + " " + what + ": the keys stay as they were";
    if (!message.equals(problem)) {
      LOG.warning(message);
      problem = message;
    }
  }

  private String summary() {
    return statuses().stream()
        .map(key -> key.algorithm() + " " + key.kid() + " " + key.state().jsonName())
        .collect(Collectors.joining(", "));
  }
}
