package fr.fc.registry;

import fr.fc.registry.model.AnswerEncryption;
import fr.fc.registry.model.ServiceProvider;
import fr.fc.shared.config.Platform;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A service provider's forms and the one place that maps between them: the entry of a registry
 * file or admin call ({@link ServiceProviderRegistration}, read from and written as JSON), the
 * database row ({@link ServiceProvider}) and the snapshot the protocol rules read
 * ({@link RegisteredClient}). A new field of an SP is read, stored and snapshot here.
 */
final class ServiceProviderMapping {

  static final Set<String> PROMPTS = Set.of("login", "consent");
  static final Set<String> TYPES = Set.of("public", "private");
  static final Set<String> PLATFORMS =
      Arrays.stream(Platform.values()).map(Platform::jsonName).collect(Collectors.toSet());
  static final List<String> DEFAULT_PLATFORMS =
      RegisteredClient.DEFAULT_PLATFORMS.stream().map(Platform::jsonName).sorted().toList();
  static final Set<String> CATEGORIES =
      Set.of("local-authority", "central-administration", "public-operator", "social-health", "education",
          "public-service-delegate");

  private ServiceProviderMapping() {}

  /** Brings the row up to date with the registration, but for its secret and whether it is active. */
  static void register(ServiceProvider sp, ServiceProviderRegistration registration) {
    RegisteredClient client = registration.client();
    sp.register(
        client.name(),
        client.entityId(),
        client.privateSector() ? ServiceProvider.Type.PRIVATE : ServiceProvider.Type.PUBLIC,
        registration.category(),
        client.scopes(),
        client.redirectUris(),
        client.postLogoutRedirectUris());
    sp.signWith(client.idTokenSigningAlg(), client.userinfoSigningAlg());
    sp.allowPrompts(client.allowedPrompts());
    sp.requireIdentityConsent(client.identityConsent());
    sp.filterIdps(client.idpFilter().exclude(), client.idpFilter().idpIds());
    sp.serveOn(client.platforms().stream().map(Platform::jsonName).collect(Collectors.toSet()));
    sp.allowAcrs(client.acrs());
    ResponseEncryption encryption = client.encryption();
    if (encryption == null) {
      sp.encryptTo(null, null);
    } else {
      sp.encryptTo(
          encryption.jwksUri(),
          new AnswerEncryption(
              encryption.idTokenAlg(), encryption.idTokenEnc(), encryption.userinfoAlg(), encryption.userinfoEnc()));
    }
  }

  /** A new row for the registration, its fields set by {@link #register} next. */
  static ServiceProvider newRow(ServiceProviderRegistration registration) {
    RegisteredClient client = registration.client();
    return new ServiceProvider(client.clientId(), client.name(), client.entityId(), ServiceProvider.Type.PUBLIC);
  }

  /**
   * The snapshot of a row.
   *
   * @param open opens a sealed secret
   */
  static RegisteredClient snapshot(ServiceProvider sp, UnaryOperator<String> open) {
    return RegisteredClient.builder(sp.getClientId())
        .name(sp.getName())
        .entityId(sp.getEntityId())
        .redirectUris(sp.getRedirectUris())
        .postLogoutRedirectUris(sp.getPostLogoutRedirectUris())
        .scopes(sp.getScopes())
        .secretHash(sp.getClientSecretHash())
        .signing(
            sp.getIdTokenSigningAlg(),
            sp.getUserinfoSigningAlg(),
            sp.getClientSecretSealed() == null ? null : open.apply(sp.getClientSecretSealed()))
        .allowedPrompts(sp.getAllowedPrompts())
        .privateSector(sp.getType() == ServiceProvider.Type.PRIVATE)
        .identityConsent(sp.isIdentityConsent())
        .idpFilter(new IdpFilter(sp.isIdpFilterExclude(), sp.getIdpFilterList()))
        .previousSecret(PreviousSecret.of(sp.getPreviousSecretHash(), sp.getPreviousSecretValidUntil()))
        .platforms(sp.getPlatforms().stream().map(Platform::ofJsonName).collect(Collectors.toSet()))
        .acrs(sp.getAcrs())
        .encryption(encryption(sp.getJwksUri(), sp.getAnswerEncryption()))
        .build();
  }

  /** The row as an operator registered it, without its secret. */
  static ServiceProviderRegistration registration(ServiceProvider sp) {
    return new ServiceProviderRegistration(snapshot(sp, sealed -> null), sp.getCategory(), sp.isActive(), null);
  }

  /** The entry as JSON, every field given, sets sorted, never a secret: what export and diffs show. */
  static Map<String, Object> json(ServiceProviderRegistration registration) {
    RegisteredClient client = registration.client();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("clientId", client.clientId());
    json.put("name", client.name());
    json.put("entityId", client.entityId());
    json.put("type", client.privateSector() ? "private" : "public");
    json.put("category", registration.category());
    json.put("active", registration.active());
    json.put("scopes", sorted(client.scopes()));
    json.put("redirectUris", sorted(client.redirectUris()));
    json.put("postLogoutRedirectUris", sorted(client.postLogoutRedirectUris()));
    json.put("idTokenSigningAlg", client.idTokenSigningAlg());
    json.put("userinfoSigningAlg", client.userinfoSigningAlg());
    json.put("allowedPrompts", sorted(client.allowedPrompts()));
    json.put("identityConsent", client.identityConsent());
    json.put("idpFilterExclude", client.idpFilter().exclude());
    json.put("idpFilterList", sorted(client.idpFilter().idpIds()));
    json.put("platforms", sorted(client.platforms().stream().map(Platform::jsonName).collect(Collectors.toSet())));
    json.put("acrs", sorted(client.acrs()));
    ResponseEncryption encryption = client.encryption();
    if (encryption != null) {
      json.put("jwksUri", encryption.jwksUri());
      json.put("idTokenEncryptedResponseAlg", encryption.idTokenAlg());
      json.put("idTokenEncryptedResponseEnc", encryption.idTokenEnc());
      json.put("userinfoEncryptedResponseAlg", encryption.userinfoAlg());
      json.put("userinfoEncryptedResponseEnc", encryption.userinfoEnc());
    }
    return json;
  }

  /**
   * Reads one entry of a registry file's "serviceProviders" list, or of an admin call.
   *
   * @throws IllegalArgumentException naming the first field that is wrong
   */
  static ServiceProviderRegistration fromJson(Map<String, Object> json, KnownScopes known) {
    EntryReader entry = new EntryReader(json);
    String clientId = entry.identifier("clientId");
    String secret = entry.optionalText("clientSecret", EntryReader.NAME_LENGTH);
    RegisteredClient client =
        RegisteredClient.builder(clientId)
            .name(entry.text("name", EntryReader.NAME_LENGTH))
            .entityId(entry.has("entityId") ? entry.identifier("entityId") : clientId)
            .privateSector("private".equals(entry.oneOf("type", "public", TYPES)))
            .scopes(Set.copyOf(entry.words("scopes", List.of("openid"), known.all())))
            .redirectUris(Set.copyOf(entry.redirectUris("redirectUris", true)))
            .postLogoutRedirectUris(Set.copyOf(entry.redirectUris("postLogoutRedirectUris", false)))
            .signing(
                entry.oneOf("idTokenSigningAlg", SigningAlgorithms.ES256, SigningAlgorithms.ALLOWED),
                entry.oneOf("userinfoSigningAlg", SigningAlgorithms.ES256, SigningAlgorithms.ALLOWED),
                null)
            .allowedPrompts(Set.copyOf(entry.words("allowedPrompts", List.of(), PROMPTS)))
            .identityConsent(entry.flag("identityConsent", false))
            .idpFilter(new IdpFilter(entry.flag("idpFilterExclude", true), Set.copyOf(entry.words("idpFilterList", List.of(), null))))
            .platforms(platforms(entry))
            .acrs(Set.copyOf(entry.words("acrs", List.of(), IdentityProviderMapping.ACRS)))
            .encryption(encryption(entry))
            .build();
    checkPlus(client);
    checkLevels(client);
    checkCitizenSpaceEntity(client);
    String category = entry.oneOf("category", null, CATEGORIES);
    boolean active = entry.flag("active", true);
    entry.noOtherField();
    ServiceProviderRegistration registration = new ServiceProviderRegistration(client, category, active, secret);
    if (secret != null && registration.signsWithSecret()) {
      IdentityProviderMapping.checkHs256Secret("clientSecret", secret);
    }
    return registration;
  }

  private static ResponseEncryption encryption(String jwksUri, AnswerEncryption column) {
    if (jwksUri == null || column == null) {
      return null;
    }
    return new ResponseEncryption(
        jwksUri, column.getIdTokenAlg(), column.getIdTokenEnc(), column.getUserinfoAlg(), column.getUserinfoEnc());
  }

  private static Set<Platform> platforms(EntryReader entry) {
    List<String> names = entry.words("platforms", DEFAULT_PLATFORMS, PLATFORMS);
    if (names.isEmpty()) {
      throw EntryReader.refused("platforms", "must name at least one of " + PLATFORMS);
    }
    return names.stream().map(Platform::ofJsonName).collect(Collectors.toSet());
  }

  /** The JWE of a FranceConnect+ SP: its keys' URL, then each answer's algorithms, A256GCM by default. */
  private static ResponseEncryption encryption(EntryReader entry) {
    List<String> fields = List.of("idTokenEncryptedResponseAlg", "idTokenEncryptedResponseEnc",
        "userinfoEncryptedResponseAlg", "userinfoEncryptedResponseEnc");
    if (!entry.has("jwksUri")) {
      fields.stream().filter(entry::has).findFirst().ifPresent(field -> {
        throw EntryReader.refused(field, "needs a jwksUri, the keys to encrypt to");
      });
      return null;
    }
    return new ResponseEncryption(
        // Whoever could swap this key would read the citizen's identity: https only.
        entry.secureUrl("jwksUri"),
        entry.oneOf(fields.get(0), "ECDH-ES", ResponseEncryption.ALGORITHMS),
        entry.oneOf(fields.get(1), "A256GCM", ResponseEncryption.CONTENT_ENCRYPTIONS),
        entry.oneOf(fields.get(2), "ECDH-ES", ResponseEncryption.ALGORITHMS),
        entry.oneOf(fields.get(3), "A256GCM", ResponseEncryption.CONTENT_ENCRYPTIONS));
  }

  /**
   * The citizens' space's pairwise sub is each citizen's pseudonym, the key of their history and
   * choices: no other SP may get it, nor the space another.
   */
  private static void checkCitizenSpaceEntity(RegisteredClient client) {
    boolean space = RegisteredClient.CITIZEN_SPACE.equals(client.clientId());
    if (space != RegisteredClient.CITIZEN_SPACE.equals(client.entityId())) {
      throw EntryReader.refused(
          "entityId", RegisteredClient.CITIZEN_SPACE + " is the entity of the citizens' space, and only its");
    }
  }

  private static void checkLevels(RegisteredClient client) {
    Set<String> ofItsPlatforms =
        client.platforms().stream().flatMap(platform -> platform.acrs().stream()).collect(Collectors.toSet());
    client.acrs().stream()
        .filter(acr -> !ofItsPlatforms.contains(acr))
        .findFirst()
        .ifPresent(acr -> {
          throw EntryReader.refused("acrs", acr + " is no level of its platforms " + new TreeSet<>(ofItsPlatforms));
        });
  }

  // Contract 1.9: FranceConnect+ signs with ES256 only, then encrypts to the SP's key.
  private static void checkPlus(RegisteredClient client) {
    if (!client.servesOn(Platform.PLUS)) {
      return;
    }
    if (client.encryption() == null) {
      throw EntryReader.refused("jwksUri", "is required on the plus platform (fc encrypts to its keys)");
    }
    if (!SigningAlgorithms.ES256.equals(client.idTokenSigningAlg())) {
      throw EntryReader.refused("idTokenSigningAlg", "must be ES256 on the plus platform");
    }
    if (!SigningAlgorithms.ES256.equals(client.userinfoSigningAlg())) {
      throw EntryReader.refused("userinfoSigningAlg", "must be ES256 on the plus platform");
    }
  }

  private static List<String> sorted(Set<String> words) {
    return List.copyOf(new TreeSet<>(words));
  }
}
