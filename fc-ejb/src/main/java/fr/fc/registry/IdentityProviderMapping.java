package fr.fc.registry;

import fr.fc.registry.model.IdentityProvider;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

/**
 * An identity provider's forms and the one place that maps between them: the entry of a registry
 * file or admin call and the snapshot the login reads ({@link IdentityProviderRegistration}), and
 * the database row ({@link IdentityProvider}).
 */
final class IdentityProviderMapping {

  static final Set<String> ACRS = Set.of("eidas1", "eidas2", "eidas3");
  static final Set<String> ENDPOINTS =
      Set.of("authorization_endpoint", "token_endpoint", "userinfo_endpoint", "jwks_uri", "end_session_endpoint");

  /** RFC 7518 3.2: an HS256 key must be at least as long as the hash. */
  static final int MIN_HS256_SECRET_BYTES = 32;

  private static final Logger LOG = Logger.getLogger(IdentityProviderMapping.class.getName());

  private IdentityProviderMapping() {}

  static void register(IdentityProvider idp, IdentityProviderRegistration registration) {
    idp.register(
        registration.title(), registration.issuer(), registration.clientId(), registration.allowedAcrs(),
        JsonUtil.toJson(new TreeMap<>(registration.endpoints())), registration.idTokenSigningAlg(),
        registration.userinfoSigningAlg());
    idp.show(registration.order(), registration.displayed(), registration.beta(), registration.available());
    idp.stateAmr(registration.amr());
    idp.encryptAnswers(JweAlgorithms.column(registration.idTokenEncryption(), registration.userinfoEncryption()));
    idp.showLogo(registration.logo() == null ? null : registration.logo().dataUrl());
  }

  /**
   * The registration of a row.
   *
   * @param open opens its sealed secret; the registration has no secret when it gives null
   */
  static IdentityProviderRegistration registration(IdentityProvider idp, UnaryOperator<String> open) {
    return new IdentityProviderRegistration(
        idp.getUid(), idp.getTitle(), idp.getIssuer(), idp.getClientId(), open.apply(idp.getClientSecretSealed()),
        List.copyOf(idp.getAllowedAcrs()), endpoints(idp.getEndpoints()), idp.isAvailable(),
        idp.getIdTokenSigningAlg(), idp.getUserinfoSigningAlg(), idp.isDisplayed(), idp.isBeta(),
        idp.getDisplayOrder(), idp.isActive(), idp.getAmr(),
        JweAlgorithms.ofIdToken(idp.getAnswerEncryption()), JweAlgorithms.ofUserinfo(idp.getAnswerEncryption()),
        storedLogo(idp));
  }

  /** A stored logo fc can no longer read (edited in the database) is left off the tile: no login depends on it. */
  private static IdpLogo storedLogo(IdentityProvider idp) {
    try {
      return idp.getLogo() == null ? null : IdpLogo.parse(idp.getLogo());
    } catch (IllegalArgumentException e) {
      LOG.warning(() -> "The stored logo of IdP " + idp.getUid() + " is not shown: it " + e.getMessage());
      return null;
    }
  }

  /** The entry as JSON, every field given, never the secret: what export and diffs show. */
  static Map<String, Object> json(IdentityProviderRegistration idp) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", idp.id());
    json.put("title", idp.title());
    json.put("issuer", idp.issuer());
    json.put("clientId", idp.clientId());
    json.put("allowedAcrs", idp.allowedAcrs().stream().sorted().toList());
    json.put("amr", idp.amr());
    json.put("endpoints", new TreeMap<>(idp.endpoints()));
    json.put("idTokenSigningAlg", idp.idTokenSigningAlg());
    json.put("userinfoSigningAlg", idp.userinfoSigningAlg());
    json.put("order", idp.order());
    json.put("display", idp.displayed());
    json.put("isBeta", idp.beta());
    json.put("available", idp.available());
    json.put("active", idp.active());
    putEncryption(json, "idToken", idp.idTokenEncryption());
    putEncryption(json, "userinfo", idp.userinfoEncryption());
    if (idp.logo() != null) {
      json.put("logo", idp.logo().dataUrl());
    }
    return json;
  }

  private static void putEncryption(Map<String, Object> json, String answer, JweAlgorithms encryption) {
    if (encryption != null) {
      json.put(answer + "EncryptedResponseAlg", encryption.alg());
      json.put(answer + "EncryptedResponseEnc", encryption.enc());
    }
  }

  /**
   * Reads one entry of a registry file's "identityProviders" list, or of an admin call.
   *
   * @param order its order when the entry gives none
   * @throws IllegalArgumentException naming the first field that is wrong
   */
  static IdentityProviderRegistration fromJson(Map<String, Object> json, int order) {
    EntryReader entry = new EntryReader(json);
    Integer givenOrder = entry.integer("order");
    IdentityProviderRegistration registration =
        new IdentityProviderRegistration(
            entry.identifier("id"),
            entry.text("title", EntryReader.NAME_LENGTH),
            entry.url("issuer"),
            entry.text("clientId", EntryReader.NAME_LENGTH),
            entry.optionalText("clientSecret", EntryReader.NAME_LENGTH),
            entry.words("allowedAcrs", List.of("eidas1"), ACRS),
            entry.urls("endpoints", ENDPOINTS),
            entry.flag("available", true),
            entry.oneOf("idTokenSigningAlg", SigningAlgorithms.ES256, SigningAlgorithms.ALLOWED),
            entry.oneOf("userinfoSigningAlg", SigningAlgorithms.ES256, SigningAlgorithms.ALLOWED),
            entry.flag("display", true),
            entry.flag("isBeta", false),
            givenOrder == null ? order : givenOrder,
            entry.flag("active", true),
            entry.words("amr", List.of(), null),
            JweAlgorithms.read(entry, "idTokenEncryptedResponseAlg", "idTokenEncryptedResponseEnc"),
            JweAlgorithms.read(entry, "userinfoEncryptedResponseAlg", "userinfoEncryptedResponseEnc"),
            logo(entry));
    if (registration.allowedAcrs().isEmpty()) {
      throw EntryReader.refused("allowedAcrs", "must name at least one level");
    }
    entry.noOtherField();
    return registration;
  }

  private static IdpLogo logo(EntryReader entry) {
    String dataUrl = entry.optionalText("logo", IdpLogo.MAX_DATA_URL_LENGTH);
    try {
      return dataUrl == null ? null : IdpLogo.parse(dataUrl);
    } catch (IllegalArgumentException e) {
      throw EntryReader.refused("logo", e.getMessage());
    }
  }

  /** @throws IllegalArgumentException when the secret is too short to key HS256 */
  static void checkHs256Secret(String field, String secret) {
    if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_HS256_SECRET_BYTES) {
      throw EntryReader.refused(field, "keys HS256: it must be at least " + MIN_HS256_SECRET_BYTES + " bytes");
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> endpoints(String json) {
    try {
      Map<String, String> endpoints = new TreeMap<>();
      JsonUtil.parseJson(json).forEach((name, url) -> endpoints.put(name, String.valueOf(url)));
      return endpoints;
    } catch (JoseException e) {
      throw new IllegalStateException("The endpoints of an identity provider are not JSON", e);
    }
  }
}
