package fr.fc.sandbox.sp;

import fr.fc.sandbox.EncryptionKeyPair;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The demo SP's encryption key (see {@link EncryptionKeyPair}): fc encrypts its FranceConnect+ ID
 * tokens and userinfo to the public half, which it reads at /sp/jwks.
 */
@ApplicationScoped
class SpKeys {

  private EncryptionKeyPair key;

  @PostConstruct
  void generate() {
    key = EncryptionKeyPair.generate();
  }

  EncryptionKeyPair key() {
    return key;
  }
}
