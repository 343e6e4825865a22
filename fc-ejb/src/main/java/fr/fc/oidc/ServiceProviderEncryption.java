package fr.fc.oidc;

import fr.fc.crypto.NestedJwt;
import fr.fc.crypto.PartnerKeySets;
import fr.fc.registry.RegisteredClient;
import fr.fc.registry.ResponseEncryption;
import fr.fc.shared.config.Configuration;
import fr.fc.shared.config.Issuer;
import fr.fc.shared.config.Setting;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.logging.Logger;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.HashUtil;

/**
 * FranceConnect+'s last step on ID tokens and userinfo (contract sections 1.4 and 1.9): fc's JWS
 * wrapped in a JWE to a key of the SP's jwks_uri, its header naming the SP's key, iss and aud.
 */
@ApplicationScoped
public class ServiceProviderEncryption {

  private static final Logger LOG = Logger.getLogger(ServiceProviderEncryption.class.getName());

  @EJB private Configuration configuration;

  private PartnerKeySets keys;

  @PostConstruct
  void bound() {
    keys = PartnerKeySets.bounded(
        configuration.settings(), Setting.SERVICE_PROVIDER_KEYS_CAPACITY, Setting.SERVICE_PROVIDER_KEYS_TIMEOUT,
        FcError.SERVICE_PROVIDER_KEY_UNAVAILABLE);
  }

  /**
   * Fetches the SP's keys now, before its code is redeemed: a key that cannot be had then costs the
   * SP a retry, not its login.
   *
   * @throws FcException Y040003 when the SP's keys cannot be had
   */
  public void requireKeys(RegisteredClient client) {
    ResponseEncryption encryption = required(client);
    key(client, encryption.idTokenAlg());
    key(client, encryption.userinfoAlg());
  }

  /** @throws FcException Y040003 when the SP's key cannot be had */
  public String idToken(String jws, RegisteredClient client, Issuer issuer) {
    ResponseEncryption encryption = required(client);
    return seal(jws, client, issuer, encryption.idTokenAlg(), encryption.idTokenEnc());
  }

  /** @throws FcException Y040003 when the SP's key cannot be had */
  public String userinfo(String jws, RegisteredClient client, Issuer issuer) {
    ResponseEncryption encryption = required(client);
    return seal(jws, client, issuer, encryption.userinfoAlg(), encryption.userinfoEnc());
  }

  private String seal(String jws, RegisteredClient client, Issuer issuer, String algorithm, String contentEncryption) {
    PublicJsonWebKey key = key(client, algorithm);
    return NestedJwt.encrypt(
        jws, key.getPublicKey(), keyId(key), algorithm, contentEncryption,
        Map.of("iss", issuer.url(), "aud", client.clientId()));
  }

  private PublicJsonWebKey key(RegisteredClient client, String algorithm) {
    return keys.encryptionKey("Service provider " + client.clientId(), client.encryption().jwksUri(), algorithm);
  }

  // Contract 1.4: the JWE header names the SP's key; one published without kid is named by its thumbprint.
  private static String keyId(PublicJsonWebKey key) {
    return key.getKeyId() != null ? key.getKeyId() : key.calculateBase64urlEncodedThumbprint(HashUtil.SHA_256);
  }

  // The registry refuses a FranceConnect+ SP without its keys; this guards a registry changed since the login.
  private static ResponseEncryption required(RegisteredClient client) {
    if (client.encryption() == null) {
      LOG.warning(() -> "Service provider " + client.clientId() + " has no encryption key registered");
      throw new FcException(FcError.SERVICE_PROVIDER_KEY_UNAVAILABLE);
    }
    return client.encryption();
  }
}
