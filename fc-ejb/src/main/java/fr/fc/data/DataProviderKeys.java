package fr.fc.data;

import fr.fc.crypto.PartnerKeySets;
import fr.fc.registry.RegisteredDataProvider;
import fr.fc.shared.config.Configuration;
import fr.fc.shared.config.Setting;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import org.jose4j.jwk.PublicJsonWebKey;

/** The data providers' encryption keys, from their jwks_uri (see {@link PartnerKeySets}). */
@ApplicationScoped
public class DataProviderKeys {

  private static final Logger LOG = Logger.getLogger(DataProviderKeys.class.getName());

  @EJB private Configuration configuration;

  private PartnerKeySets sets;

  @PostConstruct
  void bound() {
    sets = PartnerKeySets.bounded(
        configuration.settings(), Setting.DATA_PROVIDER_KEYS_CAPACITY, Setting.DATA_PROVIDER_KEYS_TIMEOUT);
  }

  /**
   * The key to encrypt this provider's answers to.
   *
   * @throws FcException Y150003 when its set cannot be had or holds no such key
   */
  public PublicJsonWebKey encryptionKey(RegisteredDataProvider dp) {
    try {
      return sets.encryptionKey(dp.jwksUri(), dp.encryptedResponseAlg());
    } catch (PartnerKeySets.Unavailable e) {
      LOG.warning(() -> "Data provider " + dp.uid() + ": no encryption key from its jwks_uri: " + e.getMessage());
      throw new FcException(FcError.CHECKTOKEN_KEY_UNAVAILABLE);
    }
  }
}
