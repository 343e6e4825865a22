package fr.fc.sandbox.dp;

import fr.fc.sandbox.EncryptionKeyPair;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.jose4j.keys.resolvers.DecryptionKeyResolver;

/** The data provider's encryption key (see {@link EncryptionKeyPair}), one per sandbox run. */
@ApplicationScoped
public class DpKeys {

  private EncryptionKeyPair key;

  @PostConstruct
  void generate() {
    key = EncryptionKeyPair.generate();
  }

  /** A new key pair, outside CDI. */
  static DpKeys generated() {
    DpKeys keys = new DpKeys();
    keys.generate();
    return keys;
  }

  String kid() {
    return key.kid();
  }

  String publicJwks() {
    return key.publicJwks();
  }

  DecryptionKeyResolver decryptionKeys() {
    return key.decryptionKeys();
  }
}
