package fr.fc.data;

import fr.fc.crypto.PartnerKeySets;
import fr.fc.registry.RegisteredDataProvider;
import fr.fc.shared.config.Configuration;
import fr.fc.shared.config.Setting;
import fr.fc.shared.error.FcError;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.jose4j.jwk.PublicJsonWebKey;

/** The data providers' encryption keys, from their jwks_uri (see {@link PartnerKeySets}). */
@ApplicationScoped
public class DataProviderKeys {

  @EJB private Configuration configuration;

  private PartnerKeySets sets;

  @PostConstruct
  void bound() {
    sets = PartnerKeySets.bounded(
        configuration.settings(), Setting.DATA_PROVIDER_KEYS_CAPACITY, Setting.DATA_PROVIDER_KEYS_TIMEOUT,
        FcError.CHECKTOKEN_KEY_UNAVAILABLE);
  }

  /**
   * The key to encrypt this provider's answers to.
   *
   * @throws fr.fc.shared.error.FcException Y150003 when its set cannot be had or holds no such key
   */
  public PublicJsonWebKey encryptionKey(RegisteredDataProvider dp) {
    return sets.encryptionKey("Data provider " + dp.uid(), dp.jwksUri(), dp.encryptedResponseAlg());
  }
}
